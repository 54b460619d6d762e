using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Walk;
using Microsoft.Playwright;

namespace HakemusAutopilot.Guides;

/// <summary>A box on a guide picture, in CSS pixels from the picture's top left corner.</summary>
internal sealed record ElementBox(double X, double Y, double Width, double Height);

internal sealed record Callout(CalloutKind Kind, int Number, string Name, ElementBox Box);

/// <summary>One picture of a step: a part of the page around the step's callouts. A long form gives several.</summary>
internal sealed record GuideShot(string Step, string Image, int Part, int Parts, IReadOnlyList<Callout> Callouts, double DeviceScaleFactor, double Width, double Height);

/// <summary>
/// Takes each step's picture: the part of the page around the elements the step is about, with the callouts drawn into
/// the page itself, so that a picture is taken once, at its final size, with nothing to paint afterwards.
/// </summary>
internal sealed class GuideCamera(IPage page, string imagesFolder, double deviceScaleFactor, ScreenshotMask? mask) : IStepCamera
{
    // Taller than this and a picture no longer fits an A4 page beside its text at a readable scale.
    public const double MaxPictureHeight = 760;
    public const double MinPictureWidth = 720;
    private const double Margin = 48;
    private const double BadgeSize = 26;
    private const double BadgeGap = 6;
    private const string Marker = "data-hakemus-autopilot-merkki";

    private const string Measure = """
        el => {
          const sx = window.scrollX, sy = window.scrollY;
          const rect = e => { const r = e.getBoundingClientRect(); return { x: r.x + sx, y: r.y + sy, width: r.width, height: r.height }; };
          const box = rect(el);
          let around = { ...box };
          const grow = e => {
            if (!e) return;
            const r = rect(e);
            if (r.width === 0 || r.height === 0 || Math.abs(r.y - box.y) > 200) return;
            const x = Math.min(around.x, r.x), y = Math.min(around.y, r.y);
            around = { x, y, width: Math.max(around.x + around.width, r.x + r.width) - x, height: Math.max(around.y + around.height, r.y + r.height) - y };
          };
          for (const label of el.labels ?? []) grow(label);
          for (const id of (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)) grow(document.getElementById(id));
          // The row the element stands in (a list item, a table row, a field's wrapper) is the context a reader needs.
          let context = { ...around };
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const r = rect(p);
            if (r.height === 0 || r.height > 160) break;
            const x = Math.min(context.x, r.x), y = Math.min(context.y, r.y);
            context = { x, y, width: Math.max(context.x + context.width, r.x + r.width) - x, height: Math.max(context.y + context.height, r.y + r.height) - y };
          }
          const legend = el.closest('fieldset')?.querySelector('legend')?.innerText?.trim() || null;
          return { box, around, context, legend };
        }
        """;

    // A badge goes where it covers no text, no control and no other mark: left of the field and its label, else above,
    // right or below it.
    private const string Draw = $$"""
        ([marks, colors, size, gap]) => {
          const sx = window.scrollX, sy = window.scrollY;
          const page = (r) => ({ x: r.x + sx, y: r.y + sy, width: r.width, height: r.height });
          const taken = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent.trim()) continue;
            range.selectNodeContents(n);
            for (const r of range.getClientRects()) if (r.width && r.height) taken.push(page(r));
          }
          for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea, button, img, svg, [role=button], [role=checkbox], [role=radio], [role=tab]')) {
            const r = c.getBoundingClientRect();
            if (r.width && r.height) taken.push(page(r));
          }
          marks.forEach(m => taken.push(m.outline));
          const hits = (b) => taken.some(t => b.x < t.x + t.width && t.x < b.x + b.width && b.y < t.y + t.height && t.y < b.y + b.height);
          const width = document.documentElement.scrollWidth, height = document.documentElement.scrollHeight;
          for (const m of marks) {
            const o = m.outline, a = m.around;
            const left = Math.min(a.x, o.x), top = Math.min(a.y, o.y), right = Math.max(a.x + a.width, o.x + o.width), bottom = Math.max(a.y + a.height, o.y + o.height);
            const middle = o.y + (o.height - size) / 2;
            const spots = [
              { x: left - gap - size, y: middle },
              { x: o.x, y: top - gap - size },
              { x: right + gap, y: middle },
              { x: o.x, y: bottom + gap },
              { x: left - gap - size, y: top - gap - size },
            ].filter(p => p.x >= 0 && p.y >= 0 && p.x + size <= width && p.y + size <= height);
            const spot = spots.find(p => !hits({ ...p, width: size, height: size })) ?? spots[0] ?? { x: o.x, y: o.y };
            m.badge = { x: Math.round(spot.x * 10) / 10, y: Math.round(spot.y * 10) / 10, width: size, height: size };
            taken.push(m.badge);
          }

          const root = document.createElement('div');
          root.setAttribute('{{Marker}}', 'opas');
          root.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483647;pointer-events:none';
          for (const m of marks) {
            const color = colors[m.kind], o = m.outline, b = m.badge;
            const outline = document.createElement('div');
            outline.style.cssText = `position:absolute;box-sizing:border-box;left:${o.x}px;top:${o.y}px;width:${o.width}px;height:${o.height}px;border:3px ${m.kind === 'LeaveUnticked' ? 'dashed' : 'solid'} ${color};border-radius:4px`;
            const badge = document.createElement('div');
            badge.textContent = m.text;
            badge.style.cssText = `position:absolute;box-sizing:border-box;left:${b.x}px;top:${b.y}px;width:${size}px;height:${size}px;border-radius:50%;background:${color};color:#fff;font:bold 15px/${size}px sans-serif;text-align:center`;
            root.append(outline, badge);
          }
          document.documentElement.appendChild(root);
          // The outline the run puts on the send button for the operator is not one of the guide's marks.
          document.querySelectorAll('[data-hakemus-autopilot=review-and-send]').forEach(e => { e.dataset.hakemusOutline = e.style.outline; e.style.outline = 'none'; });
          document.querySelectorAll('textarea').forEach(t => t.scrollTop = 0);
          document.activeElement?.blur?.();
          return { width, height, badges: marks.map(m => m.badge) };
        }
        """;

    private const string Erase = $$"""
        () => {
          document.querySelectorAll('[{{Marker}}=opas]').forEach(e => e.remove());
          document.querySelectorAll('[data-hakemus-autopilot=review-and-send]').forEach(e => e.style.outline = e.dataset.hakemusOutline ?? '');
        }
        """;

    private readonly List<GuideShot> shots = [];

    public static IReadOnlyDictionary<CalloutKind, string> Colors { get; } = new Dictionary<CalloutKind, string>
    {
        [CalloutKind.Act] = "#D4006A",
        [CalloutKind.LeaveUnticked] = "#0050B5",
        [CalloutKind.YouSend] = "#B84D00",
    };

    public const double OutlinePadding = 4;

    public string ImagesFolder => imagesFolder;

    public IReadOnlyList<GuideShot> Shots => shots;

    public async Task CaptureAsync(string step, IReadOnlyList<StepTarget> targets, IReadOnlyList<ILocator> personalFields)
    {
        var found = new List<Found>();
        foreach (var target in targets)
        {
            var element = target.Locator.First;
            if (await target.Locator.CountAsync() == 0 || !await element.IsVisibleAsync())
            {
                continue;
            }

            var measured = await element.EvaluateAsync<JsonElement>(Measure);
            var name = await NameAsync(element);
            var legend = measured.GetProperty("legend").GetString();
            found.Add(new Found(target.Kind, legend is null || legend == name ? name : $"{legend} / {name}", Box(measured.GetProperty("box")), Box(measured.GetProperty("around")), Box(measured.GetProperty("context"))));
        }

        // Numbers follow the page from top to bottom, as a reader's eye does.
        var parts = Split([.. found.OrderBy(f => f.Around.Y).ThenBy(f => f.Around.X)]);
        for (var part = 0; part < parts.Count; part++)
        {
            await ShootAsync(step, parts[part], part + 1, parts.Count, personalFields);
        }
    }

    /// <summary>Callouts too far apart for one readable picture go into pictures of their own, top to bottom.</summary>
    private static List<List<Found>> Split(IReadOnlyList<Found> found)
    {
        var parts = new List<List<Found>>();
        foreach (var item in found)
        {
            var current = parts.LastOrDefault();
            // Room is left for the margins and for a badge placed above or below its element.
            if (current is null || Bottom(item.Context) - current.Min(c => c.Context.Y) + (2 * (Margin + BadgeSize + BadgeGap)) > MaxPictureHeight)
            {
                parts.Add([item]);
            }
            else
            {
                current.Add(item);
            }
        }

        return parts.Count > 0 ? parts : [[]];
    }

    private async Task ShootAsync(string step, IReadOnlyList<Found> items, int part, int parts, IReadOnlyList<ILocator> personalFields)
    {
        var number = 0;
        var texts = items.Select(item => item.Kind switch { CalloutKind.Act => (++number).ToString(CultureInfo.InvariantCulture), CalloutKind.LeaveUnticked => "✕", _ => "!" }).ToList();
        var outlines = items.Select(item => Grow(item.Box, OutlinePadding)).ToList();

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var drawn = await page.EvaluateAsync<JsonElement>(Draw, new object[]
        {
            items.Select((item, i) => new { kind = item.Kind.ToString(), text = texts[i], outline = Rect(outlines[i]), around = Rect(item.Around) }).ToArray(),
            Colors.ToDictionary(c => c.Key.ToString(), c => c.Value),
            BadgeSize,
            BadgeGap,
        });
        var badges = drawn.GetProperty("badges").EnumerateArray().Select(Box).ToList();
        var marks = items.Select((item, i) => new Mark(item, texts[i], outlines[i], badges[i])).ToList();
        try
        {
            var clip = ClipAround(marks, drawn.GetProperty("width").GetDouble(), drawn.GetProperty("height").GetDouble());
            var name = string.Create(CultureInfo.InvariantCulture, $"{shots.Count + 1:00}-{step}");
            var image = Path.Combine(imagesFolder, $"{name}.png");
            await page.ScreenshotAsync(new()
            {
                Path = image,
                FullPage = true,
                Clip = new Clip { X = (float)clip.X, Y = (float)clip.Y, Width = (float)clip.Width, Height = (float)clip.Height },
                Animations = ScreenshotAnimations.Disabled,
                Caret = ScreenshotCaret.Hide,
                Mask = mask is null ? [] : await mask.LocatorsAsync(personalFields),
                MaskColor = ScreenshotMask.Color,
                Timeout = 120_000,
            });
            var callouts = marks.Select(m => new Callout(m.Item.Kind, m.Item.Kind == CalloutKind.Act ? int.Parse(m.Text, CultureInfo.InvariantCulture) : 0, m.Item.Name, Relative(m.Item.Box, clip))).ToList();
            var shot = new GuideShot(step, Path.GetFileName(image), part, parts, callouts, deviceScaleFactor, clip.Width, clip.Height);
            await File.WriteAllTextAsync(Path.ChangeExtension(image, ".json"), JsonSerializer.Serialize(shot, GuideJson.Options));
            shots.Add(shot);
        }
        finally
        {
            await page.EvaluateAsync(Erase);
        }
    }

    private static ElementBox ClipAround(IReadOnlyList<Mark> marks, double pageWidth, double pageHeight)
    {
        if (marks.Count == 0)
        {
            return new ElementBox(0, 0, Math.Min(pageWidth, 1280), Math.Min(pageHeight, MaxPictureHeight));
        }

        var boxes = marks.SelectMany(m => new[] { m.Outline, m.Badge, m.Item.Context }).ToList();
        var left = boxes.Min(b => b.X) - Margin;
        var right = boxes.Max(b => b.X + b.Width) + Margin;
        var top = boxes.Min(b => b.Y) - Margin;
        var bottom = boxes.Max(b => Bottom(b)) + Margin;
        if (right - left < MinPictureWidth)
        {
            var grow = (MinPictureWidth - (right - left)) / 2;
            (left, right) = (left - grow, right + grow);
        }

        (left, right) = Within(left, right, pageWidth);
        (top, bottom) = Within(top, bottom, pageHeight);
        return new ElementBox(Math.Round(left), Math.Round(top), Math.Round(right - left), Math.Round(bottom - top));
    }

    private static (double Start, double End) Within(double start, double end, double limit)
    {
        var length = Math.Min(end - start, limit);
        start = Math.Clamp(start, 0, Math.Max(0, limit - length));
        return (start, start + length);
    }

    private static ElementBox Grow(ElementBox box, double by) => new(box.X - by, box.Y - by, box.Width + (2 * by), box.Height + (2 * by));

    private static ElementBox Relative(ElementBox box, ElementBox clip) =>
        new(Math.Round(box.X - clip.X, 1), Math.Round(box.Y - clip.Y, 1), Math.Round(box.Width, 1), Math.Round(box.Height, 1));

    private static double Bottom(ElementBox box) => box.Y + box.Height;

    private static object Rect(ElementBox box) => new { x = box.X, y = box.Y, width = box.Width, height = box.Height };

    private static ElementBox Box(JsonElement rect) =>
        new(rect.GetProperty("x").GetDouble(), rect.GetProperty("y").GetDouble(), rect.GetProperty("width").GetDouble(), rect.GetProperty("height").GetDouble());

    private static async Task<string> NameAsync(ILocator element)
    {
        var snapshot = await element.AriaSnapshotAsync();
        var quoted = snapshot.IndexOf('"', StringComparison.Ordinal);
        var end = quoted < 0 ? -1 : snapshot.IndexOf('"', quoted + 1);
        return end > quoted ? snapshot[(quoted + 1)..end].TrimEnd('*', ' ') : string.Empty;
    }

    private sealed record Found(CalloutKind Kind, string Name, ElementBox Box, ElementBox Around, ElementBox Context);

    private sealed record Mark(Found Item, string Text, ElementBox Outline, ElementBox Badge);
}

internal static class GuideJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
