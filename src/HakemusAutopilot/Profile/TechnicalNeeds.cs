using System.Globalization;
using System.Text.RegularExpressions;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Recognises a stated task that is only a technical need ("järjestelmän päivittäminen",
/// "tekninen päivitys", "uppdatering av systemet", "updating the system"), in the three languages a
/// profile may be written in. DVV's instructions say such a need is not a purpose on its own.
/// </summary>
internal static partial class TechnicalNeeds
{
    public static bool IsOnlyTechnical(string task) =>
        TechnicalNeed().IsMatch(Whitespace().Replace(task, " ").ToLower(CultureInfo.GetCultureInfo("fi-FI")));

    [GeneratedRegex(
        @"järjestelm\w*\s+(päivit|ylläpi|ajantasai|integr|synkron|kehit)"
        + @"|(päivit|ajantasai|synkron)\w*\s+(\w+\s+)?\w*järjestelm"
        + @"|järjestelmä(päivit|integraat)"
        + @"|tekni\w*\s+(\w+\s+)?(päivit|tarve|tarpee|syy|syist|ylläpi|integraat|muutos|muutok)"
        + @"|tietojen\s+(päivit|ajantasai|synkron)"
        + @"|rajapin|integraat|synkronoi"
        + @"|(system|teknisk)\w*\s*(uppdater|underhåll|integr)|teknisk\w*\s+(\w+\s+)?(behov|skäl|orsak|ändring)"
        + @"|(uppdater|underhåll)\w*\s+(av\s+)?(det\s+|de\s+)?(\w+\s+)?\w*system"
        + @"|uppdater\w*\s+av\s+(\w+\s+)?\w*(uppgift|data)|håll\w*\s+(\w+\s+)?\w*(uppgift|data)\w*\s+(aktuell|uppdater)"
        + @"|gränssnitt|synkronis"
        + @"|(system|technical)\s+(\w+\s+)?(updat|upgrad|needs?\b|integrat|mainten|changes?\b|reasons?\b)"
        + @"|(updat|upgrad)\w*\s+(of\s+)?(the\s+|our\s+|an?\s+)?(\w+\s+)?(\w*systems?|data)\b"
        + @"|maint\w*\s+(of\s+)?(the\s+|our\s+|an?\s+)?(\w+\s+)?\w*systems?\b|\bdata\s+updat"
        + @"|keep\w*\s+(the\s+|our\s+)?(\w+\s+)?data\s+up\s+to\s+date|interface|synchroni[sz]",
        RegexOptions.CultureInvariant,
        ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex TechnicalNeed();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex Whitespace();
}
