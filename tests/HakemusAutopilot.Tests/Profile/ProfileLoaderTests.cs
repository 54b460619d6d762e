using System.Text;
using System.Text.Json.Nodes;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Profile;

internal sealed class ProfileLoaderTests
{
    private static IEnumerable<string> Examples() => ExampleProfiles.All;

    [TestCaseSource(nameof(Examples))]
    public void Each_example_profile_loads_without_a_single_finding(string example)
    {
        var loader = new ProfileLoader(new ProfileRulesOptions());

        var result = loader.Load(ExampleProfiles.PathOf(example));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => $"{f.Path}: {f.Message.In("en")}"), Is.Empty);
            Assert.That(result.Profile, Is.Not.Null);
        });
    }

    [Test]
    public void A_yaml_profile_reads_into_the_same_model_as_a_json_one()
    {
        using var folder = new TemporaryFolder();
        var yaml = folder.Write("profiili.yaml", """
            # Kommentit ovat sallittuja.
            applicant:
              name: Testilän lukio
              businessId: "9123456-5"
            purpose:
              tasks: [opiskelijaksi ottaminen]
              use: Korjaamme osoitteet.
              register: opiskelijarekisteri
              legalBasis:
                - { statute: Lukiolaki, number: 714/2018, sections: [57, "58 §"] }
            technicalContact: { name: Helmi Kuvitelma, email: helmi@testila.example, phone: 0900002001 }
            processEmail: lukio@testila.example
            securityStatement: |
              Käyttöoikeudet perustuvat tehtävään.
              Yhteydet on salattu.
            saveDraft: true
            """);

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(yaml);

        Assert.That(result.Findings, Is.Empty);
        var profile = result.Profile!;
        Assert.Multiple(() =>
        {
            Assert.That(profile.Language, Is.EqualTo("fi"));
            Assert.That(profile.Purpose.LegalBasis.Single(), Is.EqualTo(new LegalBasisEntry("Lukiolaki", "714/2018", ["57", "58 §"])).Using<LegalBasisEntry>(SameEntry));
            Assert.That(profile.TechnicalContact.Phone, Is.EqualTo("0900002001"), "an unquoted number keeps its leading zero");
            Assert.That(profile.SecurityStatement, Is.EqualTo("Käyttöoikeudet perustuvat tehtävään.\nYhteydet on salattu."));
            Assert.That(profile.SaveDraft, Is.True);
            Assert.That(profile.Deputy, Is.Null);
            Assert.That(profile.NeededData, Is.Null);
        });
    }

    [Test]
    public void A_json_profile_may_have_comments_and_trailing_commas()
    {
        using var folder = new TemporaryFolder();
        var json = ExampleProfiles.VocationalAsJson().ToJsonString();
        var commented = "// Järvenranta\n" + json.Insert(json.LastIndexOf('}'), ",").Replace("\"saveDraft\"", "/* luonnos */ \"saveDraft\"", StringComparison.Ordinal);
        var path = folder.Write("profiili.json", commented.Replace("\"../attachments/", $"\"{RepoPaths.Fixtures()}/attachments/", StringComparison.Ordinal));

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(path);

        Assert.That(result.Findings.Select(f => $"{f.Path}: {f.Message.In("en")}"), Is.Empty);
    }

    [Test]
    public void A_general_law_beside_a_sector_law_is_accepted()
    {
        using var folder = new TemporaryFolder();
        var profile = ExampleProfiles.VocationalAsJson();
        profile["purpose"]!["legalBasis"]!.AsArray().Add(new JsonObject
        {
            ["statute"] = "Tietosuojalaki",
            ["number"] = "1050/2018",
            ["sections"] = new JsonArray("4 §"),
        });

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(ExampleProfiles.WriteWithAttachmentsResolved(folder, profile));

        Assert.That(result.Findings, Is.Empty);
    }

    [Test]
    public void A_technical_need_beside_real_tasks_is_accepted()
    {
        using var folder = new TemporaryFolder();
        var profile = ExampleProfiles.VocationalAsJson();
        profile["purpose"]!["tasks"]!.AsArray().Add("järjestelmän päivittäminen");

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(ExampleProfiles.WriteWithAttachmentsResolved(folder, profile));

        Assert.That(result.Findings, Is.Empty);
    }

    [TestCase("", "savedraft", "saveDraft")]
    [TestCase("", "tehnicalContact", "technicalContact")]
    [TestCase("", "attachment", "attachments")]
    [TestCase("purpose", "legalbasis", "legalBasis")]
    [TestCase("purpose", "registr", "register")]
    [TestCase("technicalContact", "puhelin", "phone")]
    public void Validate_names_an_unknown_key_and_suggests_the_closest_known_one(string parent, string key, string suggestion)
    {
        using var folder = new TemporaryFolder();
        var profile = ExampleProfiles.VocationalAsJson();
        var target = parent.Length == 0 ? profile : profile[parent]!.AsObject();
        target[key] = "x";

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(ExampleProfiles.WriteWithAttachmentsResolved(folder, profile));

        var expectedPath = parent.Length == 0 ? key : $"{parent}.{key}";
        var finding = result.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
            Assert.That(finding.Path, Is.EqualTo(expectedPath));
            Assert.That(finding.Message.In("en"), Does.Contain($"Did you mean '{suggestion}'?"));
            Assert.That(finding.Message.In("fi"), Does.Contain($"Tarkoititko '{suggestion}'?"));
        });
    }

    [Test]
    public void A_henkilotunnus_used_as_a_key_is_neither_echoed_in_paths_nor_in_messages()
    {
        using var folder = new TemporaryFolder();
        var profile = ExampleProfiles.VocationalAsJson();
        profile["010594Y9032"] = "Aino Esimerkki";

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(ExampleProfiles.WriteWithAttachmentsResolved(folder, profile));

        var everything = string.Join("\n", result.Findings.Select(f => $"{f.Path} {f.Message.In("fi")} {f.Message.In("en")} {f.Fix} {f.Fix.In("en")}"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => f.Severity), Is.EquivalentTo(new[] { FindingSeverity.Error, FindingSeverity.Error, FindingSeverity.Warning }), "the key is refused, so is the unknown key it names, and the contact's name under it is pointed out");
            Assert.That(everything, Does.Not.Contain("010594Y9032"));
        });
    }

    [TestCase("123456-7", "wrong shape")]
    [TestCase("9876543-1", "check digit")]
    public void Validate_rejects_a_business_id_that_cannot_be_right(string businessId, string phrase)
    {
        using var folder = new TemporaryFolder();
        var profile = ExampleProfiles.VocationalAsJson();
        profile["applicant"]!["businessId"] = businessId;

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(ExampleProfiles.WriteWithAttachmentsResolved(folder, profile));

        var finding = result.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo("applicant.businessId"));
            Assert.That(finding.Message.In("en"), Does.Contain(phrase));
            Assert.That(result.Profile, Is.Null);
        });
    }

    [Test]
    public void A_ten_megabyte_file_is_refused_by_its_size_without_being_read()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "iso.json");
        using (var stream = File.Create(path))
        {
            stream.Write("{\"a\": \""u8);
            stream.SetLength(10 * 1024 * 1024);
        }

        var result = new ProfileLoader(new ProfileRulesOptions()).Load(path);

        var finding = result.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Error));
            Assert.That(finding.Path, Is.EqualTo("$"));
            Assert.That(finding.Message.In("fi"), Does.Contain("liian suuri profiiliksi: 10 Mt"));
            Assert.That(finding.Message.In("en"), Does.Contain("too large for a profile: 10 MB"));
        });
    }

    [Test]
    public void An_attachment_larger_than_the_setting_allows_is_refused()
    {
        using var folder = new TemporaryFolder();
        var attachment = Path.Combine(folder.Path, "iso-liite.pdf");
        using (var stream = File.Create(attachment))
        {
            stream.Write("%PDF-1.4\n"u8);
            stream.SetLength((1024 * 1024) + 1);
        }

        var profile = ExampleProfiles.VocationalAsJson();
        profile["attachments"] = new JsonArray(new JsonObject { ["path"] = attachment, ["description"] = "Iso liite" });
        var options = new ProfileRulesOptions { MaxAttachmentMegabytes = 1 };

        var result = new ProfileLoader(options).Load(ExampleProfiles.WriteWithAttachmentsResolved(folder, profile));

        var finding = result.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Path, Is.EqualTo("attachments[0].path"));
            Assert.That(finding.Message.In("fi"), Does.Contain("enintään 1 Mt"));
            Assert.That(finding.Message.In("en"), Does.Contain("too large"));
        });
    }

    [Test]
    public void A_profile_path_that_does_not_exist_or_is_a_folder_gives_a_finding()
    {
        using var folder = new TemporaryFolder();
        var loader = new ProfileLoader(new ProfileRulesOptions());

        var missing = loader.Load(Path.Combine(folder.Path, "ei-ole.json"));
        var directory = loader.Load(folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(missing.Findings.Single().Message.In("en"), Does.Contain("does not exist"));
            Assert.That(directory.Findings.Single().Message.In("en"), Does.Contain("names a folder"));
        });
    }

    [TestCase(ExampleProfiles.Vocational)]
    [TestCase(ExampleProfiles.UniversityOfAppliedSciences)]
    public void No_damaged_copy_of_an_example_makes_the_loader_throw(string example)
    {
        using var folder = new TemporaryFolder();
        var original = File.ReadAllBytes(ExampleProfiles.PathOf(example));
        var loader = new ProfileLoader(new ProfileRulesOptions());
        var random = new Random(20251127);

        for (var round = 0; round < 300; round++)
        {
            var damaged = Damage(original, random);
            var path = Path.Combine(folder.Path, $"{round}{Path.GetExtension(example)}");
            File.WriteAllBytes(path, damaged);

            Assert.DoesNotThrow(() => loader.Load(path), Encoding.UTF8.GetString(damaged));
        }
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits && bytes.Count > 1; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, "{}[]:,\"'-&*!#\n \t\\"u8[random.Next(17)]);
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private static bool SameEntry(LegalBasisEntry a, LegalBasisEntry b) =>
        a.Statute == b.Statute && a.Number == b.Number && a.Sections.SequenceEqual(b.Sections);
}
