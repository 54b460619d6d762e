using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HakemusAutopilot.Tests.Support;

/// <summary>
/// Just enough PDF reading (as Chromium prints them: Flate streams, two-byte glyph codes, a ToUnicode map per font) to
/// count the pages and read the text in assertions.
/// </summary>
internal static partial class PdfText
{
    public static int Pages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    /// <summary>The text of every page, each run of glyphs in the order it is drawn; fonts whose maps disagree are read with the first map.</summary>
    public static string Of(byte[] pdf)
    {
        var streams = Streams(pdf).ToList();
        var glyphs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cmap in streams.Where(s => s.Contains("beginbfchar", StringComparison.Ordinal) || s.Contains("beginbfrange", StringComparison.Ordinal)))
        {
            foreach (Match m in Block("bfchar").Matches(cmap).SelectMany(b => BfChar().Matches(b.Groups[1].Value)))
            {
                glyphs.TryAdd(m.Groups[1].Value.ToUpperInvariant(), Unicode(m.Groups[2].Value));
            }

            foreach (Match m in Block("bfrange").Matches(cmap).SelectMany(b => BfRange().Matches(b.Groups[1].Value)))
            {
                var (first, last, target) = (Hex(m.Groups[1].Value), Hex(m.Groups[2].Value), Hex(m.Groups[3].Value));
                for (var code = first; code <= last; code++)
                {
                    glyphs.TryAdd(code.ToString("X4", CultureInfo.InvariantCulture), char.ConvertFromUtf32(target + code - first));
                }
            }
        }

        var text = new StringBuilder();
        foreach (var content in streams.Where(s => s.Contains(" Tj", StringComparison.Ordinal)))
        {
            foreach (Match run in ShowText().Matches(content))
            {
                var hex = run.Groups[1].Value;
                for (var i = 0; i + 4 <= hex.Length; i += 4)
                {
                    text.Append(glyphs.GetValueOrDefault(hex.Substring(i, 4).ToUpperInvariant(), "?"));
                }

                text.Append(run.Groups[2].Value.Contains("ET", StringComparison.Ordinal) ? "\n" : string.Empty);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Streams(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        foreach (Match m in Stream().Matches(raw))
        {
            var start = m.Index + m.Length;
            var end = raw.IndexOf("endstream", start, StringComparison.Ordinal);
            using var inflated = new MemoryStream();
            try
            {
                using var zlib = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress);
                zlib.CopyTo(inflated);
            }
            catch (InvalidDataException)
            {
                continue;
            }

            yield return Encoding.Latin1.GetString(inflated.ToArray());
        }
    }

    private static string Unicode(string hex) =>
        Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    private static Regex Block(string kind) => new($"begin{kind}(.*?)end{kind}", RegexOptions.Singleline);

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Filter\s*/FlateDecode[^>]*>>\s*stream\r?\n")]
    private static partial Regex Stream();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,8})>")]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>")]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*Tj([^<]*)")]
    private static partial Regex ShowText();
}
