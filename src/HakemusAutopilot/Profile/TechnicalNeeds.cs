using System.Globalization;
using System.Text.RegularExpressions;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Recognises a stated task that is only a technical need ("järjestelmän päivittäminen",
/// "tekninen päivitys"). DVV's instructions say such a need is not a purpose on its own.
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
        + @"|(system|teknisk)\w*\s*uppdater|uppdater\w*\s+(av\s+)?(\w+\s+)?\w*system|teknisk\w*\s+(behov|skäl)"
        + @"|(system|technical)\s+(update|upgrade|need|integration)|updat\w*\s+(the\s+|our\s+|a\s+)?(\w+\s+)?systems?\b"
        + @"|keep\w*\s+(the\s+)?data\s+up\s+to\s+date|data\s+synchroni[sz]",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex TechnicalNeed();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();
}
