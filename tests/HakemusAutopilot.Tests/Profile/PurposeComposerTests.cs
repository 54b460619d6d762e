using HakemusAutopilot.Profile;

namespace HakemusAutopilot.Tests.Profile;

internal sealed class PurposeComposerTests
{
    private static readonly Dictionary<string, string[]> Points = new(StringComparer.Ordinal)
    {
        ["fi"] =
        [
            "1. Tehtävät, joissa tietoja käytetään: ",
            "2. Miten tietoja käytetään näissä tehtävissä: ",
            "3. Koulutustamme ja tietojen käyttöä koskevat säännökset: ",
            "4. Rekisteri, jota tiedoilla päivitetään: ",
        ],
        ["sv"] =
        [
            "1. Uppdrag där uppgifterna används: ",
            "2. Hur uppgifterna används i dessa uppdrag: ",
            "3. Bestämmelser om vår utbildning och om användningen av uppgifterna: ",
            "4. Register som uppdateras med uppgifterna: ",
        ],
        ["en"] =
        [
            "1. Tasks in which the data is used: ",
            "2. How the data is used in these tasks: ",
            "3. Provisions governing our education and the use of the data: ",
            "4. Register updated with the data: ",
        ],
    };

    private static IEnumerable<string> Examples() => ExampleProfiles.All;

    [TestCaseSource(nameof(Examples))]
    public void The_purpose_of_each_example_answers_every_point_of_DVVs_list_in_order(string example)
    {
        var profile = Load(ExampleProfiles.PathOf(example));

        var points = Points[profile.Language];

        var lines = PurposeComposer.Compose(profile).Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(points.Length));
            for (var i = 0; i < points.Length; i++)
            {
                Assert.That(lines[i], Does.StartWith(points[i]));
            }

            Assert.That(profile.Purpose.Tasks, Is.Not.Empty);
            Assert.That(profile.Purpose.Tasks.Any(TechnicalNeeds.IsOnlyTechnical), Is.False);
            foreach (var task in profile.Purpose.Tasks)
            {
                Assert.That(lines[0], Does.Contain(task));
            }

            Assert.That(lines[1], Does.Contain(profile.Purpose.Use));
            Assert.That(profile.Purpose.LegalBasis.Any(entry => GeneralLaws.Recognise(entry.Statute, entry.Number) is null), Is.True, "a sector law");
            foreach (var entry in profile.Purpose.LegalBasis)
            {
                Assert.That(lines[2], Does.Contain($"{entry.Statute} ({entry.Number})"));
                Assert.That(entry.Sections, Is.Not.Empty);
                foreach (var section in entry.Sections)
                {
                    Assert.That(lines[2], Does.Contain(section));
                }
            }

            Assert.That(lines[3], Does.Contain(profile.Purpose.Register));
            Assert.That(lines.All(line => line.EndsWith('.')), Is.True, "every point ends as a sentence");
            Assert.That(string.Join("\n", lines), Has.Length.LessThanOrEqualTo(new ProfileRulesOptions().MaxPurposeCharacters));
        });
    }

    [Test]
    public void The_vocational_example_reads_exactly_as_the_fixed_finnish_template_puts_it()
    {
        var profile = Load(ExampleProfiles.PathOf(ExampleProfiles.Vocational));

        var text = PurposeComposer.Compose(profile);

        Assert.That(text, Is.EqualTo(
            "1. Tehtävät, joissa tietoja käytetään: opiskelijaksi ottaminen ja opiskelijavalinnat; opiskelijarekisterin ylläpito; "
            + "opiskelijaa koskevien päätösten ja todistusten toimittaminen opiskelijalle; "
            + "oppivelvollisten opiskelijoiden ohjaus ja oppivelvollisuuden suorittamisen valvonta.\n"
            + "2. Miten tietoja käytetään näissä tehtävissä: Vertaamme muutostietoja opiskelijarekisterin tietoihin ja korjaamme niiden perusteella "
            + "opiskelijan nimen, osoitteen ja kotikunnan sekä tiedon kuolemasta. Näin opiskelijaksi ottamista koskevat päätökset, todistukset ja "
            + "oppivelvollisuuteen liittyvät ilmoitukset menevät oikealle henkilölle oikeaan osoitteeseen, ja oppivelvollisen kotikunta on tiedossa, "
            + "kun ohjausvastuu siirtyy kunnalle. Tietoja käsittelevät vain opiskelijahallinnon nimetyt työntekijät näiden tehtävien hoitamiseksi.\n"
            + "3. Koulutustamme ja tietojen käyttöä koskevat säännökset: Laki ammatillisesta koulutuksesta (531/2017) 99 §, 106 § ja 108 §; "
            + "Oppivelvollisuuslaki (1214/2020) 12 § ja 13 §. Henkilötietojen käsittelyssä noudatetaan lisäksi tietosuojalakia (1050/2018).\n"
            + "4. Rekisteri, jota tiedoilla päivitetään: Järvenrannan ammattiopiston opiskelijarekisteri, jota ylläpidetään ammattiopiston "
            + "opiskelijahallintojärjestelmässä."));
    }

    [TestCase("sv", "1. Uppdrag där uppgifterna används: ", "99 §, 106 § och 108 §", "Vi beställer produkten OPISKELIJA")]
    [TestCase("en", "1. Tasks in which the data is used: ", "99 §, 106 § and 108 §", "We order the product OPISKELIJA")]
    [TestCase("fi", "1. Tehtävät, joissa tietoja käytetään: ", "99 §, 106 § ja 108 §", "Tilaamme tuotteen OPISKELIJA")]
    public void A_profile_in_swedish_or_english_gets_the_template_of_its_language(string language, string opening, string sections, string neededData)
    {
        var profile = Load(ExampleProfiles.PathOf(ExampleProfiles.Vocational)) with { Language = language, NeededData = null };

        var text = PurposeComposer.Compose(profile);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith(opening));
            Assert.That(text, Does.Contain(sections));
            Assert.That(PurposeComposer.NeededData(profile), Does.StartWith(neededData));
        });
    }

    [Test]
    public void A_bare_section_number_gets_the_section_sign_and_a_missing_statute_number_no_parentheses()
    {
        var profile = Load(ExampleProfiles.PathOf(ExampleProfiles.UpperSecondary));
        var bare = profile with
        {
            Purpose = profile.Purpose with { LegalBasis = [new LegalBasisEntry("Lukiolaki", null, ["57", "58 § 2 mom."])], LegalBasisText = null },
        };

        var text = PurposeComposer.Compose(bare);

        Assert.That(text, Does.Contain("säännökset: Lukiolaki 57 § ja 58 § 2 mom.\n"));
    }

    private static InstitutionProfile Load(string path)
    {
        var result = new ProfileLoader(new ProfileRulesOptions()).Load(path);
        return result.Profile ?? throw new AssertionException(string.Join("\n", result.Findings.Select(f => $"{f.Path}: {f.Message.In("en")}")));
    }
}
