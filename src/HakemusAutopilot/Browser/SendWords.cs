using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HakemusAutopilot.Browser;

/// <summary>
/// Sending recognised by meaning: a name is a send name when a run of its words starts with the words of one of
/// the phrases ("lähet" in "Lähetä käsittelyyn", "lämna in" in "Lämna in ansökan"). Case, accents and punctuation
/// are ignored, so "LAHETA" and "Lähetä DVV:lle" read alike. The page half of the guard runs the same rule in
/// JavaScript (<see cref="Script"/>), so both halves refuse the same controls.
/// </summary>
internal sealed class SendWords
{
    private readonly string[][] phrases;

    public SendWords(IEnumerable<string> phrases)
    {
        this.phrases = [.. phrases.Select(Words).Where(words => words.Length > 0).Distinct(PhraseComparer.Instance)];
        if (this.phrases.Length == 0)
        {
            throw new ArgumentException("The send guard needs at least one wording of sending.", nameof(phrases));
        }
    }

    public int Count => phrases.Length;

    public bool Matches(string? name)
    {
        var words = Words(name);
        for (var start = 0; start < words.Length; start++)
        {
            foreach (var phrase in phrases)
            {
                if (StartsHere(words, start, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A JavaScript expression for the same rule: a function from any text to whether it names sending.
    /// </summary>
    public string Script()
    {
        var data = JsonSerializer.Serialize(phrases);
        return $$"""
            (() => {
              const phrases = {{data}};
              const words = s => (s || '').normalize('NFKD').replace(/[\u0300-\u036f]|\p{Cf}/gu, '').toLowerCase()
                .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
              return text => {
                const w = words(text);
                return w.some((_, i) => phrases.some(p => p.every((part, j) => i + j < w.length && w[i + j].startsWith(part))));
              };
            })()
            """;
    }

    internal static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            // Accents and invisible characters (a soft hyphen, a zero-width space) split no word.
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool StartsHere(string[] words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Length)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!words[start + j].StartsWith(phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class PhraseComparer : IEqualityComparer<string[]>
    {
        public static readonly PhraseComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
