using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HakemusAutopilot.Guides;

internal sealed record GuideDocument(string MarkdownPath, string HtmlPath, string PdfPath);

/// <summary>Draws the marks onto the step pictures and writes the guide as Markdown, HTML and PDF.</summary>
internal sealed partial class GuideWriter(IBrowser browser)
{
    public const string OutlineColor = "#D4006A";
    public const double OutlinePadding = 4;

    private const string Annotate = """
        async ([dataUrl, boxes, scale, color, pad]) => {
          const img = new Image();
          img.src = dataUrl;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const g = canvas.getContext('2d');
          g.drawImage(img, 0, 0);
          boxes.forEach((b, i) => {
            const x = (b.x - pad) * scale, y = (b.y - pad) * scale, w = (b.width + 2 * pad) * scale, h = (b.height + 2 * pad) * scale;
            g.strokeStyle = color;
            g.lineWidth = 3 * scale;
            g.strokeRect(x, y, w, h);
            const r = 13 * scale;
            let cx = x - r - 6 * scale;
            if (cx - r < 0) cx = x + w + r + 6 * scale;
            const cy = Math.max(r, y + r);
            g.fillStyle = color;
            g.beginPath();
            g.arc(cx, cy, r, 0, 2 * Math.PI);
            g.fill();
            g.fillStyle = '#FFFFFF';
            g.font = `bold ${15 * scale}px sans-serif`;
            g.textAlign = 'center';
            g.textBaseline = 'middle';
            g.fillText(String(i + 1), cx, cy);
          });
          return canvas.toDataURL('image/png');
        }
        """;

    public async Task<GuideDocument> WriteAsync(string folder, string imagesFolder, IReadOnlyList<GuideShot> shots, GuideWords words, string subtitle)
    {
        var context = await browser.NewContextAsync(new() { Locale = words.Locale, TimezoneId = "Europe/Helsinki" });
        try
        {
            // Encoding a full-page picture is the slow part; two pages (two renderer processes) do it side by side.
            var pages = await Task.WhenAll(context.NewPageAsync(), context.NewPageAsync());
            await Task.WhenAll(pages.Select((painter, index) => AnnotateAsync(painter, shots.Where((_, i) => i % pages.Length == index), imagesFolder)));
            var page = pages[0];

            var relativeImages = Path.GetRelativePath(folder, imagesFolder).Replace('\\', '/');
            var markdown = Path.Combine(folder, "index.md");
            var html = Path.Combine(folder, "index.html");
            var pdf = Path.Combine(folder, words.PdfName);
            await File.WriteAllTextAsync(markdown, Markdown(shots, relativeImages, words, subtitle), Utf8);
            await File.WriteAllTextAsync(html, Html(shots, image => $"{relativeImages}/{image}", words, subtitle), Utf8);

            await page.GotoAsync(new Uri(html).AbsoluteUri);
            var bytes = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, Margin = new() { Top = "15mm", Bottom = "15mm", Left = "15mm", Right = "15mm" } });
            await File.WriteAllBytesAsync(pdf, Reproducible(bytes));
            return new GuideDocument(markdown, html, pdf);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task AnnotateAsync(IPage painter, IEnumerable<GuideShot> shots, string imagesFolder)
    {
        foreach (var shot in shots)
        {
            var path = Path.Combine(imagesFolder, shot.Image);
            var boxes = shot.Boxes.Select(b => new { x = b.X, y = b.Y, width = b.Width, height = b.Height }).ToArray();
            var dataUrl = await painter.EvaluateAsync<string>(Annotate, new object[] { DataUrl(await File.ReadAllBytesAsync(path)), boxes, shot.DeviceScaleFactor, OutlineColor, OutlinePadding });
            await File.WriteAllBytesAsync(path, Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]));
        }
    }

    /// <summary>Which number is which field, where a step marks several.</summary>
    private static IEnumerable<(int Number, string Name)> Key(GuideShot shot) =>
        shot.Boxes.Count < 2 ? [] : shot.Boxes.Select((box, i) => (i + 1, box.Name.Length > 0 ? box.Name : "–"));

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string DataUrl(byte[] png) => $"data:image/png;base64,{Convert.ToBase64String(png)}";

    private static string Markdown(IReadOnlyList<GuideShot> shots, string images, GuideWords words, string subtitle)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(words.Heading).Append("\n\n").Append(subtitle).Append("\n\n");
        for (var i = 0; i < shots.Count; i++)
        {
            var step = words.Step(shots[i].Step);
            md.Append(CultureInfo.InvariantCulture, $"## {i + 1}. {step.Title}\n\n![{step.Title}]({images}/{shots[i].Image})\n\n");
            foreach (var (number, name) in Key(shots[i]))
            {
                md.Append(CultureInfo.InvariantCulture, $"{number}. {name}\n");
            }

            md.Append(Key(shots[i]).Any() ? "\n" : string.Empty);
            if (step.Check.Length > 0)
            {
                md.Append(CultureInfo.InvariantCulture, $"**{words.CheckCaption}** {step.Check}\n\n");
            }

            if (step.Warning is not null)
            {
                md.Append(CultureInfo.InvariantCulture, $"> **{words.NoteCaption}** {step.Warning}\n\n");
            }
        }

        return md.ToString();
    }

    private static string Html(IReadOnlyList<GuideShot> shots, Func<string, string> imageSource, GuideWords words, string subtitle)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(words.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(words.DocumentTitle)).Append("</title>\n<style>")
            .Append("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}img{max-width:100%;border:1px solid #ccc}")
            .Append(".warning{border-left:4px solid #d4006a;padding:.5rem 1rem;background:#fdf0f6}section{break-inside:avoid-page;margin-bottom:2rem}")
            .Append("</style>\n</head>\n<body>\n<h1>").Append(WebUtility.HtmlEncode(words.Heading)).Append("</h1>\n<p>")
            .Append(WebUtility.HtmlEncode(subtitle)).Append("</p>\n<ol>\n");
        foreach (var shot in shots)
        {
            var step = words.Step(shot.Step);
            html.Append("<li><section>\n<h2>").Append(WebUtility.HtmlEncode(step.Title)).Append("</h2>\n")
                .Append("<img alt=\"").Append(WebUtility.HtmlEncode(step.Title)).Append("\" src=\"").Append(imageSource(shot.Image)).Append("\">\n");
            if (Key(shot).Any())
            {
                html.Append("<ol class=\"key\">").AppendJoin(string.Empty, Key(shot).Select(k => $"<li>{WebUtility.HtmlEncode(k.Name)}</li>")).Append("</ol>\n");
            }

            if (step.Check.Length > 0)
            {
                html.Append("<p><strong>").Append(WebUtility.HtmlEncode(words.CheckCaption)).Append("</strong> ").Append(WebUtility.HtmlEncode(step.Check)).Append("</p>\n");
            }

            if (step.Warning is not null)
            {
                html.Append("<p class=\"warning\"><strong>").Append(WebUtility.HtmlEncode(words.NoteCaption)).Append("</strong> ").Append(WebUtility.HtmlEncode(step.Warning)).Append("</p>\n");
            }

            html.Append("</section></li>\n");
        }

        return html.Append("</ol>\n</body>\n</html>\n").ToString();
    }

    // Chromium stamps the PDF with the time of printing; a fixed stamp of the same length keeps the file's offsets valid and the guide diffable.
    private static byte[] Reproducible(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return Encoding.Latin1.GetBytes(PdfDate().Replace(text, m => m.Groups[1].Value + new string('0', m.Groups[2].Length) + ")"));
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)\)")]
    private static partial Regex PdfDate();
}
