using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HakemusAutopilot.Service;
using HakemusAutopilot.Service.Resolving;
using Markdig;
using Microsoft.Playwright;

namespace HakemusAutopilot.Guides;

internal sealed record GuideDocument(string MarkdownPath, string HtmlPath, string PdfPath);

/// <summary>Writes the guide once, as Markdown; the HTML is rendered from it and the PDF printed from the HTML.</summary>
internal sealed partial class GuideWriter(IBrowser browser)
{
    // One step to a printed page: its heading, picture, key and checks kept together.
    private const string Style = """
        @page { size: A4; margin: 14mm; }
        body { font-family: sans-serif; line-height: 1.45; color: #1a1a1a; }
        @media screen { body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; } h2 { margin-top: 3rem; } }
        @media print { body { font-size: 10pt; } h2 { break-before: page; } }
        h2 { break-after: avoid; }
        img { display: block; max-width: 100%; max-height: 150mm; width: auto; height: auto; border: 1px solid #bbb; break-inside: avoid; }
        p, ol, ul, blockquote { break-inside: avoid; }
        blockquote { border-left: 4px solid #d4006a; margin: .8em 0; padding: .1em 1em; background: #fdf0f6; }
        """;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<GuideDocument> WriteAsync(string folder, string imagesFolder, IReadOnlyList<GuideShot> shots, GuideWords words, string subtitle, GuideNotes notes)
    {
        var relativeImages = Path.GetRelativePath(folder, imagesFolder).Replace('\\', '/');
        var markdownPath = Path.Combine(folder, "index.md");
        var htmlPath = Path.Combine(folder, "index.html");
        var pdfPath = Path.Combine(folder, words.PdfName);
        var markdown = Markdown(shots, relativeImages, words, subtitle, notes);
        await File.WriteAllTextAsync(markdownPath, markdown, Utf8);
        await File.WriteAllTextAsync(htmlPath, Html(markdown, words), Utf8);

        var context = await browser.NewContextAsync(new() { Locale = words.Locale, TimezoneId = "Europe/Helsinki" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(htmlPath).AbsoluteUri);
            var bytes = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
            await File.WriteAllBytesAsync(pdfPath, Reproducible(bytes));
        }
        finally
        {
            await context.CloseAsync();
        }

        return new GuideDocument(markdownPath, htmlPath, pdfPath);
    }

    public static string Markdown(IReadOnlyList<GuideShot> shots, string images, GuideWords words, string subtitle, GuideNotes notes)
    {
        var body = new StringBuilder();
        var firstForm = shots.FirstOrDefault(s => IsForm(s.Step));
        for (var i = 0; i < shots.Count; i++)
        {
            var shot = shots[i];
            var key = IsForm(shot.Step) ? "form" : shot.Step;
            var step = words.Step(shot.Step);
            var title = Escape(shot.Parts > 1 ? string.Create(CultureInfo.InvariantCulture, $"{step.Title.TrimEnd('.')} ({shot.Part}/{shot.Parts}).") : AsShown(step.Title, shot, words));
            body.Append(CultureInfo.InvariantCulture, $"## {i + 1}. {title}\n\n![{title}]({images}/{shot.Image})\n\n");

            var numbered = shot.Callouts.Where(c => c.Kind == CalloutKind.Act).ToList();
            // One button needs no key; a form's fields always do, so that the reader knows which field is which.
            if (numbered.Count > 1 || (numbered.Count == 1 && IsForm(shot.Step)))
            {
                body.AppendJoin(string.Empty, numbered.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Number}. {Escape(Named(c))}\n"))).Append('\n');
            }

            var specials = shot.Callouts.Where(c => c.Kind is CalloutKind.LeaveUnticked or CalloutKind.YouSend).ToList();
            foreach (var special in specials)
            {
                var (mark, says) = special.Kind == CalloutKind.LeaveUnticked ? ("✕", words.LeaveUntickedKey) : ("!", words.YouSendKey);
                body.Append(CultureInfo.InvariantCulture, $"- **{mark}** {Escape(Named(special))}: {says}\n");
            }

            body.Append(specials.Count > 0 ? "\n" : string.Empty);

            // The form's guidance and the writer's notes are said once, on its first picture; later pictures of the form
            // ask only for their own fields.
            var leads = !IsForm(shot.Step) || shot == firstForm;
            var (check, warning) = leads ? (step.Check, step.Warning) : (words.FilledCheck, null);
            if (check.Length > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $"**{words.CheckCaption}** {check}\n\n");
            }

            foreach (var note in new[] { warning, shot.Callouts.Any(c => c.Kind == CalloutKind.LeaveUnticked) ? words.ProtectionOrderWarning : null }.OfType<string>())
            {
                body.Append(CultureInfo.InvariantCulture, $"> **{words.NoteCaption}** {note}\n\n");
            }

            if (leads && notes.For(key) is { Length: > 0 } own)
            {
                body.Append(own).Append("\n\n");
            }
        }

        var md = new StringBuilder().Append("# ").Append(words.Heading).Append("\n\n").Append(subtitle).Append("\n\n");
        if (notes.Intro.Length > 0)
        {
            md.Append(notes.Intro).Append("\n\n");
        }

        if (body.ToString().Contains(GuideWords.GuessMark, StringComparison.Ordinal))
        {
            md.Append(words.GuessNote).Append("\n\n");
        }

        return md.Append(body).ToString().TrimEnd() + "\n";
    }

    private static string Html(string markdown, GuideWords words) =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(words.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(words.DocumentTitle)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append(Markdig.Markdown.ToHtml(markdown, Pipeline))
            .Append("</body>\n</html>\n")
            .ToString();

    /// <summary>The picture shows the service's own word; where the label map's differs from it, the text quotes the page.</summary>
    private static string AsShown(string text, GuideShot shot, GuideWords words)
    {
        var named = shot.Callouts.Where(c => c.Kind is CalloutKind.Act or CalloutKind.YouSend).ToList();
        var quoted = Quoted().Matches(text);
        if (named is not [{ Name.Length: > 0 and <= 80 } only] || quoted is not [var word] || TextMatch.Score(word.Groups[1].Value, only.Name) >= 0.75)
        {
            return text;
        }

        return text.Replace(word.Value, words.Quote(only.Name), StringComparison.Ordinal);
    }

    private static bool IsForm(string step) => step.StartsWith("form-", StringComparison.Ordinal);

    private static string Named(Callout callout) => callout.Name.Length > 0 ? callout.FullName : "–";

    // The page's own words go into Markdown as text, never as markup.
    private static string Escape(string text) => MarkdownSpecial().Replace(text, @"\$0");

    // Chromium stamps the PDF with the time of printing; a fixed stamp of the same length keeps the file's offsets valid and the guide diffable.
    private static byte[] Reproducible(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return Encoding.Latin1.GetBytes(PdfDate().Replace(text, m => m.Groups[1].Value + new string('0', m.Groups[2].Length) + ")"));
    }

    [GeneratedRegex("[”“]([^”]+)”" + GuideWords.GuessMark + "?")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\\`*_\[\]<>#!|]")]
    private static partial Regex MarkdownSpecial();

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)\)")]
    private static partial Regex PdfDate();
}
