using HakemusAutopilot.Operator;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Profile;

/// <summary>
/// Every file in broken/ and the exact findings it must give. A profile with an error is refused
/// (ProfileLoadResult.HasErrors, exit code 3 from the CLI); the two warning-only files load.
/// </summary>
internal sealed class BrokenProfileTests
{
    private const FindingSeverity E = FindingSeverity.Error;
    private const FindingSeverity W = FindingSeverity.Warning;

    private static readonly Dictionary<string, Expected[]> Expectations = new(StringComparer.Ordinal)
    {
        ["syntax-error.json"] = [new(E, "$", "rivillä 4, sarakkeessa 3", "line 4, column 3")],
        ["syntax-error.yaml"] = [new(E, "$", "rivillä 4", "not valid YAML")],
        ["empty.json"] = [new(E, "$", "on tyhjä", "is empty")],
        ["comments-only.yaml"] = [new(E, "$", "on tyhjä", "is empty")],
        ["binary-garbage.bin"] = [new(E, "$", "ei ole tekstiä", "not text")],
        ["profiili.txt"] = [new(E, "$", "pääte ei ole .json", "extension is not .json")],
        ["not-an-object.json"] = [new(E, "$", "pitää olla objekti", "must be an object")],
        ["yaml-alias.yaml"] = [new(E, "$", "viittaukset", "aliases")],
        ["wrong-type-boolean.json"] = [new(E, "saveDraft", "totuusarvo true tai false", "true or false")],
        ["wrong-type-list.yaml"] = [new(E, "purpose.tasks", "luettelo", "a list")],
        ["wrong-type-object.json"] = [new(E, "technicalContact", "pitää olla objekti", "must be an object")],
        ["missing-required.json"] = [new(E, "technicalContact", "Pakollinen tieto puuttuu: tekninen yhteyshenkilö", "required part is missing")],
        ["empty-required.yaml"] = [new(E, "purpose.use", "puuttuu tai on tyhjä", "missing or empty")],
        ["text-too-long.json"] = [new(E, "securityStatement", "liian pitkä", "too long")],
        ["purpose-too-long.json"] = [new(E, "purpose", "enintään 4000", "at most 4000")],
        ["unknown-key.json"] = [new(E, "applicant.bussinessId", "Tarkoititko 'businessId'?", "Did you mean 'businessId'?")],
        ["unknown-key-deep.yaml"] = [new(E, "purpose.legalBasis[0].secitons", "Tarkoititko 'sections'?", "Did you mean 'sections'?")],
        ["duplicate-key.json"] = [new(E, "processEmail", "2 kertaa", "2 times")],
        ["wrong-language.json"] = [new(E, "language", "fi, sv tai en", "fi, sv or en")],
        ["general-law-only.json"] = [new(E, "purpose.legalBasis[0].statute", "Tietosuojalaki (1050/2018) on yleislaki", "is a general law")],
        ["general-law-by-number.json"] = [new(E, "purpose.legalBasis[0].statute", "(661/2009) on yleislaki", "is a general law")],
        ["general-laws-by-name.yaml"] =
        [
            new(W, "purpose.legalBasis[0].number", "numero puuttuu", "number is missing"),
            new(E, "purpose.legalBasis[0].statute", "Tietosuojalaki (1050/2018) on yleislaki", "is a general law"),
            new(E, "purpose.legalBasis[1].statute", "tietosuoja-asetus (EU) 2016/679 on yleislaki", "General Data Protection Regulation"),
        ],
        ["technical-purpose-only.json"] = [new(E, "purpose.tasks", "vain tekninen tarve", "only a technical need")],
        ["no-register.json"] = [new(E, "purpose.register", "Rekisteriä ei ole nimetty", "No register is named")],
        ["needed-data-without-product.json"] = [new(W, "neededData", "ei mainitse tuotetta OPISKELIJA", "does not name the product OPISKELIJA")],
        ["protection-order.json"] = [new(E, "homeMunicipalityForProtectionOrder", "henkilöistä, joilla on turvakielto", "protection order")],
        ["business-id-check-digit.json"] = [new(E, "applicant.businessId", "tarkistusnumero ei täsmää", "check digit")],
        ["bad-email.yaml"] = [new(E, "technicalContact.email", "verkkotunnus", "cannot be right")],
        ["bad-phone.json"] = [new(E, "deputy.phone", "+358 jälkeen ei kirjoiteta nollaa", "no zero is written after the country code")],
        ["attachment-missing.json"] = [new(E, "attachments[0].path", "Liitettä ei löydy", "does not exist")],
        ["attachment-empty.json"] = [new(E, "attachments[0].path", "Liitetiedosto on tyhjä", "file is empty")],
        ["attachment-wrong-type.json"] = [new(E, "attachments[0].path", "tiedostotyyppi ei kelpaa", "file type is not accepted")],
        ["attachment-not-really-pdf.json"] = [new(E, "attachments[0].path", "ei vastaa tiedostopäätettä .pdf", "does not match its extension .pdf")],
        ["henkilotunnus.yaml"] =
        [
            new(E, "securityStatement", "henkilötunnukselta näyttävä", "shaped like a henkilötunnus"),
            new(W, "securityStatement", "yhteyshenkilön nimi", "a contact's name"),
        ],
        ["contact-details-in-free-text.json"] = [new(W, "securityStatement", "sähköpostiosoite ja puhelinnumero", "an e-mail address and a phone number")],
    };

    private static string Folder => RepoPaths.File("tests", "HakemusAutopilot.Tests", "Profile", "broken");

    private static IEnumerable<string> BrokenFiles() =>
        Directory.EnumerateFiles(Folder).Select(Path.GetFileName).OfType<string>().Where(name => name != "README.md").Order(StringComparer.Ordinal);

    [Test]
    public void Every_broken_profile_has_its_expected_findings_written_down()
    {
        var files = BrokenFiles().ToList();

        Assert.That(files, Is.EquivalentTo(Expectations.Keys));
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public void Validate_gives_exactly_the_documented_findings_for_a_broken_profile(string file)
    {
        var expected = Expectations[file];
        var loader = new ProfileLoader(new ProfileRulesOptions());

        var result = loader.Load(Path.Combine(Folder, file));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(finding => (finding.Severity, finding.Path)), Is.EqualTo(expected.Select(e => (e.Severity, e.Path))), Describe(result));
            foreach (var (finding, want) in result.Findings.Zip(expected))
            {
                Assert.That(finding.Message.In("fi"), Does.Contain(want.PhraseFi), finding.Path);
                Assert.That(finding.Message.In("en"), Does.Contain(want.PhraseEn), finding.Path);
                foreach (var language in OperatorText.Languages)
                {
                    Assert.That(finding.Message.In(language), Is.Not.Empty, $"{finding.Path} in {language}");
                    Assert.That(finding.Fix.In(language), Is.Not.Empty, $"{finding.Path} in {language}");
                }
            }

            var refused = expected.Any(e => e.Severity == FindingSeverity.Error);
            Assert.That(result.HasErrors, Is.EqualTo(refused));
            Assert.That(result.Profile, refused ? Is.Null : Is.Not.Null);
        });
    }

    [Test]
    public void A_henkilotunnus_in_a_profile_never_appears_in_its_findings()
    {
        var loader = new ProfileLoader(new ProfileRulesOptions());

        var result = loader.Load(Path.Combine(Folder, "henkilotunnus.yaml"));

        var everything = string.Join("\n", result.Findings.Select(f => $"{f.Path} {string.Join(" ", OperatorText.Languages.Select(l => $"{f.Message.In(l)} {f.Fix.In(l)}"))}"));
        Assert.That(everything, Does.Not.Contain("131052-308T").And.Not.Contain("308T"));
    }

    private static string Describe(ProfileLoadResult result) =>
        string.Join("\n", result.Findings.Select(f => $"{f.Severity} {f.Path}: {f.Message.In("en")}"));

    private sealed record Expected(FindingSeverity Severity, string Path, string PhraseFi, string PhraseEn);
}
