using HakemusAutopilot.Browser;

namespace HakemusAutopilot.Service.Resolving;

/// <summary>
/// How well a text on the page says a phrase: 1 for the same words, less for the phrase inside a longer text, less
/// again for its words in another order or inflected. Case, accents, punctuation and required-field marks are ignored.
/// </summary>
internal static class TextMatch
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "pakollinen", "valinnainen", "vapaaehtoinen", "required", "optional", "obligatorisk", "valfri", "valfritt",
    };

    // Numbers name nothing here: a business id after an organisation's name, a step's "1/3".
    public static string[] Words(string? text) => [.. SendWords.Words(text).Where(w => !Filler.Contains(w) && !w.All(char.IsAsciiDigit))];

    public static double Score(string phrase, string? text) => Score(Words(phrase), Words(text));

    public static double Score(string[] phrase, string[] text)
    {
        if (phrase.Length == 0 || text.Length == 0)
        {
            return 0;
        }

        if (phrase.SequenceEqual(text, StringComparer.Ordinal))
        {
            return 1;
        }

        var share = (double)phrase.Length / Math.Max(text.Length, phrase.Length);
        // The phrase inside a longer text counts less the longer the text: a help sentence that quotes it is no label.
        // A text that starts with it counts more: a name with a hidden tail ("Seuraava osa : Liitteet") still says it.
        var at = RunAt(text, phrase, Same);
        if (at >= 0)
        {
            return (at == 0 ? 0.6 : 0.5) + ((at == 0 ? 0.3 : 0.4) * share);
        }

        at = RunAt(text, phrase, Inflected);
        if (at >= 0)
        {
            return (at == 0 ? 0.55 : 0.45) + ((at == 0 ? 0.25 : 0.35) * share);
        }

        var present = phrase.Count(p => text.Any(t => Inflected(p, t)));
        return present == phrase.Length ? 0.4 + (0.3 * share) : 0.3 * present / phrase.Length;
    }

    /// <summary>Whether the text holds the phrase's words, each as the start of a word (for "not" words such as "vara").</summary>
    public static bool Holds(string phrase, string? text)
    {
        var words = Words(phrase);
        return words.Length > 0 && RunAt(Words(text), words, (p, t) => t.StartsWith(p, StringComparison.Ordinal)) >= 0;
    }

    private static bool Same(string a, string b) => a == b;

    // Finnish inflects the end of a word ("hakemus", "hakemuksen"); a long shared start is the same word.
    private static bool Inflected(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length < 5 || b.Length < 5)
        {
            return false;
        }

        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= Math.Max(5, Math.Min(a.Length, b.Length) - 2);
    }

    private static int RunAt(string[] text, string[] phrase, Func<string, string, bool> same)
    {
        for (var start = 0; start + phrase.Length <= text.Length; start++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
            {
                all = same(phrase[j], text[start + j]);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }
}
