using HakemusAutopilot.Operator;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Service;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Profile;

internal sealed class FormPlannerTests
{
    [Test]
    public void The_plan_fills_the_fields_in_the_order_of_the_form()
    {
        var plan = FormPlanner.Plan(Load(ExampleProfiles.Vocational));

        Assert.That(plan.Fields.Select(field => field.Field), Is.EqualTo(new[]
        {
            FormField.Purpose,
            FormField.HomeMunicipalityForProtectionOrder,
            FormField.NeededData,
            FormField.TechnicalContactName,
            FormField.TechnicalContactEmail,
            FormField.TechnicalContactPhone,
            FormField.DeputyName,
            FormField.DeputyEmail,
            FormField.DeputyPhone,
            FormField.ProcessEmail,
            FormField.SecurityStatement,
        }));
    }

    [Test]
    public void The_protection_order_box_is_planned_unticked_and_contacts_are_kept_out_of_logs()
    {
        var plan = FormPlanner.Plan(Load(ExampleProfiles.Vocational));

        var protectionOrder = plan.Fields.Single(field => field.Field == FormField.HomeMunicipalityForProtectionOrder);
        Assert.Multiple(() =>
        {
            Assert.That(protectionOrder, Is.EqualTo(new PlannedField(FormField.HomeMunicipalityForProtectionOrder, "false", IsPersonal: false)));
            Assert.That(plan.Fields.Where(field => field.IsPersonal).Select(field => field.Field), Is.EquivalentTo(new[]
            {
                FormField.TechnicalContactName, FormField.TechnicalContactEmail, FormField.TechnicalContactPhone,
                FormField.DeputyName, FormField.DeputyEmail, FormField.DeputyPhone, FormField.ProcessEmail,
            }));
            Assert.That(plan.ActAs, Is.EqualTo("Järvenrannan koulutuskuntayhtymä"));
            Assert.That(plan.SaveDraft, Is.True);
            Assert.That(plan.Language, Is.EqualTo("fi"));
        });
    }

    [Test]
    public void Without_a_deputy_no_deputy_field_is_planned_and_the_standard_needed_data_sentence_is_used()
    {
        var plan = FormPlanner.Plan(Load(ExampleProfiles.UpperSecondary));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Fields.Select(field => field.Field), Has.None.AnyOf(FormField.DeputyName, FormField.DeputyEmail, FormField.DeputyPhone));
            Assert.That(
                plan.Fields.Single(field => field.Field == FormField.NeededData).Value,
                Is.EqualTo("Tilaamme tuotteen OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri."));
            Assert.That(plan.Attachments, Is.Empty);
            Assert.That(plan.SaveDraft, Is.True);
        });
    }

    [Test]
    public void Attachments_are_planned_with_their_full_path_file_name_description_and_size()
    {
        var plan = FormPlanner.Plan(Load(ExampleProfiles.Vocational));

        var attachment = plan.Attachments.Single();
        var expectedPath = RepoPaths.File("fixtures", "attachments", "sopimus-koulutuksen-jarjestamisesta.pdf");
        Assert.That(attachment, Is.EqualTo(new PlannedAttachment(
            expectedPath,
            "sopimus-koulutuksen-jarjestamisesta.pdf",
            "Sopimus koulutuksen järjestämisestä kunnan kanssa",
            new FileInfo(expectedPath).Length)));
    }

    [Test]
    public void The_real_attachment_is_a_small_one_page_pdf()
    {
        var bytes = File.ReadAllBytes(RepoPaths.File("fixtures", "attachments", "sopimus-koulutuksen-jarjestamisesta.pdf"));
        var text = System.Text.Encoding.Latin1.GetString(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(bytes, Has.Length.LessThan(5 * 1024));
            Assert.That(text, Does.StartWith("%PDF-1."));
            Assert.That(text, Does.Contain("/Type /Page ").And.Contain("/Count 1"));
            Assert.That(text.TrimEnd(), Does.EndWith("%%EOF"));
        });
    }

    [Test]
    public void The_plan_shows_each_label_and_exactly_the_text_that_will_be_typed()
    {
        var profile = Load(ExampleProfiles.Vocational);
        var plan = FormPlanner.Plan(profile);
        var output = new StringWriter { NewLine = "\n" };

        FormPlanWriter.Write(output, plan, "fi", FormFieldLabels.DisplayAll(ReplicaTest.LabelMap.For("fi")));

        var printed = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(printed, Does.Contain("== Käyttötarkoitus ==\n" + PurposeComposer.Compose(profile) + "\n"));
            Assert.That(printed, Does.Contain("== Tarvitsemme kotikuntatiedon myös henkilöistä, joilla on turvakielto ==\njätetään valitsematta\n"));
            Assert.That(printed, Does.Contain("== Prosessisähköposti ==\nopiskelijahallinto@jarvenranta.example\n"));
            Assert.That(printed, Does.Contain("Asioidaan organisaation puolesta: Järvenrannan koulutuskuntayhtymä"));
            Assert.That(printed, Does.Contain("sopimus-koulutuksen-jarjestamisesta.pdf, 2 kt: Sopimus koulutuksen järjestämisestä kunnan kanssa"));
            Assert.That(printed, Does.Contain("Luonnos tallennetaan lopuksi."));
        });
    }

    [Test]
    public void Findings_are_printed_errors_first_with_path_message_and_fix_in_the_chosen_language()
    {
        ProfileFinding[] findings =
        [
            new(FindingSeverity.Warning, "neededData", new(nameof(Texts.ProfileStatuteNumberMissing)), new(nameof(Texts.ProfileStatuteNumberMissingFix))),
            new(FindingSeverity.Error, "purpose.legalBasis[0].statute", new(nameof(Texts.ProfileSectionWithoutNumber)), new(nameof(Texts.ProfileSectionWithoutNumberFix))),
        ];
        var printed = OperatorText.Languages.ToDictionary(language => language, language =>
        {
            var output = new StringWriter { NewLine = "\n" };
            FindingsWriter.Write(output, findings, language);
            return output.ToString();
        });

        Assert.Multiple(() =>
        {
            Assert.That(printed["fi"], Does.StartWith(
                "VIRHE  purpose.legalBasis[0].statute\n  Pykälässä ei ole numeroa.\n  Korjaus: Kirjoita pykälä muodossa \"99 §\" tai \"99 § 2 mom.\".\n\nVAROITUS  neededData\n  Säädöksen numero puuttuu."));
            Assert.That(printed["fi"], Does.Contain("Virheitä 1, varoituksia 1."));
            Assert.That(printed["sv"], Does.StartWith(
                "FEL  purpose.legalBasis[0].statute\n  Paragrafen har inget nummer.\n  Åtgärd: Skriv paragrafen som \"99 §\" eller \"99 § 2 mom.\".\n\nVARNING  neededData\n  Författningens nummer saknas."));
            Assert.That(printed["sv"], Does.Contain("Fel: 1, varningar: 1."));
            Assert.That(printed["en"], Does.StartWith(
                "ERROR  purpose.legalBasis[0].statute\n  The section has no number.\n  Fix: Write the section as \"99 §\" or \"99 § 2 mom.\".\n\nWARNING  neededData\n  The statute number is missing."));
            Assert.That(printed["en"], Does.Contain("Errors: 1, warnings: 1."));
        });
    }

    private static InstitutionProfile Load(string example)
    {
        var result = new ProfileLoader(new ProfileRulesOptions()).Load(ExampleProfiles.PathOf(example));
        return result.Profile ?? throw new AssertionException(string.Join("\n", result.Findings.Select(f => $"{f.Path}: {f.Message.In("en")}")));
    }
}
