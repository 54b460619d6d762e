using System.Text;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Writes the Käyttötarkoitus text from the profile's parts with one fixed template per language,
/// so every institution's text answers DVV's points in DVV's order: the tasks, how the data is used
/// in them, the sections of law that govern the education, and the register the data updates.
/// </summary>
internal static class PurposeComposer
{
    public const string ProductName = "OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri";

    private static readonly Dictionary<string, Template> Templates = new(StringComparer.Ordinal)
    {
        ["fi"] = new(
            "1. Tehtävät, joissa tietoja käytetään: ",
            "2. Miten tietoja käytetään näissä tehtävissä: ",
            "3. Koulutustamme ja tietojen käyttöä koskevat säännökset: ",
            "4. Rekisteri, jota tiedoilla päivitetään: ",
            "ja",
            $"Tilaamme tuotteen {ProductName}."),
        ["sv"] = new(
            "1. Uppdrag där uppgifterna används: ",
            "2. Hur uppgifterna används i dessa uppdrag: ",
            "3. Bestämmelser om vår utbildning och om användningen av uppgifterna: ",
            "4. Register som uppdateras med uppgifterna: ",
            "och",
            $"Vi beställer produkten {ProductName}."),
        ["en"] = new(
            "1. Tasks in which the data is used: ",
            "2. How the data is used in these tasks: ",
            "3. Provisions governing our education and the use of the data: ",
            "4. Register updated with the data: ",
            "and",
            $"We order the product {ProductName}."),
    };

    public static string Compose(InstitutionProfile profile)
    {
        var template = TemplateFor(profile.Language);
        var purpose = profile.Purpose;
        var statutes = string.Join("; ", purpose.LegalBasis.Select(entry => Statute(entry, template.And)));
        var law = Sentence(statutes);
        if (purpose.LegalBasisText is not null)
        {
            law = $"{law} {Sentence(purpose.LegalBasisText)}";
        }

        return new StringBuilder()
            .Append(template.Tasks).Append(Sentence(string.Join("; ", purpose.Tasks))).Append('\n')
            .Append(template.Use).Append(Sentence(purpose.Use)).Append('\n')
            .Append(template.Law).Append(law).Append('\n')
            .Append(template.Register).Append(Sentence(purpose.Register))
            .ToString();
    }

    /// <summary>The "Kuvaa tarvitsemasi tiedot" sentence used when the profile gives none.</summary>
    public static string DefaultNeededData(string language) => TemplateFor(language).NeededData;

    public static string NeededData(InstitutionProfile profile) => profile.NeededData ?? DefaultNeededData(profile.Language);

    private static Template TemplateFor(string language) => Templates.GetValueOrDefault(language) ?? Templates["fi"];

    private static string Statute(LegalBasisEntry entry, string and)
    {
        var name = entry.Number is null ? entry.Statute : $"{entry.Statute} ({entry.Number})";
        var sections = entry.Sections.Where(section => section.Length > 0).Select(Section).ToList();
        return sections.Count switch
        {
            0 => name,
            1 => $"{name} {sections[0]}",
            _ => $"{name} {string.Join(", ", sections.Take(sections.Count - 1))} {and} {sections[^1]}",
        };
    }

    // "99" and "99 a" read as sections only with the sign; "99 § 2 mom." already has it.
    private static string Section(string section) => section.Contains('§', StringComparison.Ordinal) ? section : $"{section} §";

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private sealed record Template(string Tasks, string Use, string Law, string Register, string And, string NeededData);
}
