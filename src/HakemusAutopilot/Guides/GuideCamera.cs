using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Service;
using Microsoft.Playwright;

namespace HakemusAutopilot.Guides;

/// <summary>A box on a guide picture, in CSS pixels from the picture's top left corner.</summary>
internal sealed record ElementBox(double X, double Y, double Width, double Height);

/// <summary>A mark on a picture: the element's own name, and the title of the group it stands in where it has one.</summary>
internal sealed record Callout(CalloutKind Kind, int Number, string Name, string? Group, ElementBox Box)
{
    [JsonIgnore]
    public string FullName => Group is null ? Name : $"{Group} / {Name}";
}

/// <summary>One picture of a step: a part of the page around the step's callouts. A long form gives several.</summary>
internal sealed record GuideShot(string Step, string Image, int Part, int Parts, IReadOnlyList<Callout> Callouts, double DeviceScaleFactor, double Width, double Height);

/// <summary>
/// Takes each step's picture: the part of the page around the elements the step is about, with the callouts drawn into
/// the page itself, so that a picture is taken once, at its final size, with nothing to paint afterwards.
/// </summary>
internal sealed class GuideCamera(IPage page, string imagesFolder, double deviceScaleFactor, ScreenshotMask? mask, Redactor redactor) : IStepCamera
{
    // Taller than this and a picture no longer fits an A4 page beside its text at a readable scale.
    public const double MaxPictureHeight = 760;
    public const double MinPictureWidth = 720;
    private const double Margin = 48;
    private const double BadgeSize = 26;
    private const double BadgeGap = 6;
    private const string Marker = "data-hakemus-autopilot-merkki";

    // An element drawn as nothing (a file input hidden behind its styled label) is shown by its label or the nearest
    // box around it that the reader can see.
    private static readonly string Measure = $$"""
        els => {
          const el = els[0];
          if (!el) return null;
          const names = {{ElementNames.Script}};
          const sx = window.scrollX, sy = window.scrollY;
          const rect = e => { const r = e.getBoundingClientRect(); return { x: r.x + sx, y: r.y + sy, width: r.width, height: r.height }; };
          const seen = e => { const r = e.getBoundingClientRect(); return r.width > 4 && r.height > 4 && e.checkVisibility({ visibilityProperty: true }); };
          const text = e => (e?.innerText || e?.textContent || '').replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').trim();
          const labelledBy = e => (e.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)).filter(Boolean);
          let shown = el;
          if (!seen(el)) {
            shown = [...(el.labels ?? [])].find(seen) ?? null;
            for (let p = el.parentElement; !shown && p && p !== document.body; p = p.parentElement) if (seen(p)) shown = p;
          }
          if (!shown) return null;
          const box = rect(shown);
          const union = (a, r) => {
            const x = Math.min(a.x, r.x), y = Math.min(a.y, r.y);
            return { x, y, width: Math.max(a.x + a.width, r.x + r.width) - x, height: Math.max(a.y + a.height, r.y + r.height) - y };
          };
          // Copies, not the same object twice: Playwright hands a repeated object back as a reference, not as a box.
          let around = { ...box };
          for (const label of [...(el.labels ?? []), ...labelledBy(el)]) {
            const r = rect(label);
            if (r.width > 0 && r.height > 0 && Math.abs(r.y - box.y) <= 200) around = union(around, r);
          }
          // The row the element stands in (a list item, a table row, a field's wrapper) is the context a reader needs.
          let context = { ...around };
          for (let p = shown.parentElement; p && p !== document.body; p = p.parentElement) {
            const r = rect(p);
            if (r.height === 0 || r.height > 160) break;
            context = union(context, r);
          }
          // A field in a table is named by its column and grouped by its row.
          const cell = el.closest('td, [role=cell], [role=gridcell]');
          const column = cell && cell.closest('table')?.tHead?.rows[0]?.cells[cell.cellIndex];
          const rowHeader = cell && cell.parentElement?.querySelector('th, [role=rowheader]');
          const name = names.fieldName(el) || text(column) || el.getAttribute('placeholder') || '';
          // The group is the nearest container with a title of its own: a fieldset's legend, a group's name, or a heading
          // that opens a part of the form (the page's own h1 is its title, not a group).
          // A card's title is often no heading at all, only the first line of the card's first part.
          const firstLine = e => (e?.innerText || '').split('\n').map(t => t.trim()).find(Boolean) || '';
          const before = e => e && e !== el && !e.contains(el) && (e.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
          const titleOf = g => text(g.querySelector(':scope > legend')) || (g.matches('fieldset, [role=group], [role=radiogroup]') ? g.getAttribute('aria-label') || labelledBy(g).map(text).join(' ') : '')
            || text([...g.querySelectorAll(':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > * > h2, :scope > * > h3, :scope > * > h4')].findLast(before))
            || (before(g.firstElementChild) && !g.firstElementChild.querySelector('input, select, textarea, button') && g.querySelectorAll('input, select, textarea').length > 1 ? firstLine(g.firstElementChild) : '');
          const isField = el.matches('input, select, textarea, [role=textbox], [role=combobox], [contenteditable=true]');
          let legend = text(rowHeader) || null;
          for (let g = el.parentElement; isField && !legend && g && g !== document.body && !g.matches('form, main, [role=main]'); g = g.parentElement) {
            const title = titleOf(g);
            legend = title && title !== name && title.length <= 60 ? title : null;
          }
          return JSON.stringify({ box, around, context, name, accessible: names.nameOf(el).replace(/[\s*]+$/, ''), legend });
        }
        """;

    // A badge goes where it covers no text, no control and no other mark: left of the field and its label, else above,
    // right or below it.
    private const string Draw = $$"""
        ([marks, colors, size, gap]) => {
          const sx = window.scrollX, sy = window.scrollY;
          const page = (r) => ({ x: r.x + sx, y: r.y + sy, width: r.width, height: r.height });
          const taken = [], lines = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent.trim()) continue;
            range.selectNodeContents(n);
            // Covering words is worse than touching a control's edge.
            for (const r of range.getClientRects()) if (r.width && r.height) { taken.push({ ...page(r), weight: 3 }); lines.push(page(r)); }
          }
          for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea, button, img, svg, [role=button], [role=checkbox], [role=radio], [role=tab]')) {
            const r = c.getBoundingClientRect();
            if (r.width && r.height) taken.push(page(r));
          }
          marks.forEach(m => taken.push(m.outline));
          const overlap = (b) => taken.reduce((sum, t) => sum + (t.weight ?? 1) * Math.max(0, Math.min(b.x + b.width, t.x + t.width) - Math.max(b.x, t.x)) * Math.max(0, Math.min(b.y + b.height, t.y + t.height) - Math.max(b.y, t.y)), 0);
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
            // The first free spot in that order; where none is free, the one that covers least.
            const scored = spots.map(p => ({ p, covered: overlap({ ...p, width: size, height: size }) }));
            const spot = (scored.find(c => c.covered === 0) ?? scored.reduce((best, c) => (c.covered < best.covered ? c : best), scored[0] ?? { p: { x: o.x, y: o.y } })).p;
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
          // One string across the wire: a long form has hundreds of lines, and Playwright's own encoding of them is slow.
          return JSON.stringify({ width, height, badges: marks.map(m => m.badge), lines });
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
        [CalloutKind.See] = "#1D7A3A",
        [CalloutKind.YouSend] = "#B84D00",
    };

    public const double OutlinePadding = 4;

    public string ImagesFolder => imagesFolder;

    public IReadOnlyList<GuideShot> Shots => shots;

    public bool MarksElements => true;

    public async Task CaptureAsync(string step, IReadOnlyList<StepTarget> targets, IReadOnlyList<ILocator> personalFields)
    {
        // Measured where they are drawn: a fixed or sticky element moves with the scroll.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var found = new List<Found>();
        foreach (var target in targets)
        {
            // All of it in one look at the first element, if there is one: a missing target is no wait.
            if (await target.Locator.EvaluateAllAsync<string?>(Measure) is not { } json || JsonSerializer.Deserialize<JsonElement>(json) is not { ValueKind: JsonValueKind.Object } measured)
            {
                continue;
            }

            var name = Shown(measured.GetProperty("accessible").GetString() is { Length: > 0 } accessible ? accessible : measured.GetProperty("name").GetString()) ?? string.Empty;
            var legend = Shown(measured.GetProperty("legend").GetString());
            found.Add(new Found(target.Kind, name, string.IsNullOrEmpty(legend) || legend == name ? null : legend, Box(measured.GetProperty("box")), Box(measured.GetProperty("around")), Box(measured.GetProperty("context"))));
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
            if (current is null || Bottom(item.Context) - Math.Min(item.Context.Y, current.Min(c => c.Context.Y)) + (2 * (Margin + BadgeSize + BadgeGap)) > MaxPictureHeight)
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
        var texts = items.Select(item => item.Kind switch { CalloutKind.Act => (++number).ToString(CultureInfo.InvariantCulture), CalloutKind.LeaveUnticked => "✕", CalloutKind.See => "✓", _ => "!" }).ToList();
        var outlines = items.Select(item => Grow(item.Box, OutlinePadding)).ToList();
        var drawn = JsonSerializer.Deserialize<JsonElement>(await page.EvaluateAsync<string>(Draw, new object[]
        {
            items.Select((item, i) => new { kind = item.Kind.ToString(), text = texts[i], outline = Rect(outlines[i]), around = Rect(item.Around) }).ToArray(),
            Colors.ToDictionary(c => c.Key.ToString(), c => c.Value),
            BadgeSize,
            BadgeGap,
        }));
        var badges = drawn.GetProperty("badges").EnumerateArray().Select(Box).ToList();
        var marks = items.Select((item, i) => new Mark(item, texts[i], outlines[i], badges[i])).ToList();
        try
        {
            var lines = drawn.GetProperty("lines").EnumerateArray().Select(Box).ToList();
            var clip = ClipAround(marks, lines, drawn.GetProperty("width").GetDouble(), drawn.GetProperty("height").GetDouble());
            var name = string.Create(CultureInfo.InvariantCulture, $"{shots.Count + 1:00}-{step}{(parts > 1 ? $"-{part}" : string.Empty)}");
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
            var callouts = marks.Select(m => new Callout(m.Item.Kind, m.Item.Kind == CalloutKind.Act ? int.Parse(m.Text, CultureInfo.InvariantCulture) : 0, m.Item.Name, m.Item.Group, Relative(m.Item.Box, clip))).ToList();
            var shot = new GuideShot(step, Path.GetFileName(image), part, parts, callouts, deviceScaleFactor, clip.Width, clip.Height);
            await File.WriteAllTextAsync(Path.ChangeExtension(image, ".json"), JsonSerializer.Serialize(shot, ToolJson.Written));
            shots.Add(shot);
        }
        finally
        {
            await page.EvaluateAsync(Erase);
        }
    }

    private static ElementBox ClipAround(IReadOnlyList<Mark> marks, IReadOnlyList<ElementBox> lines, double pageWidth, double pageHeight)
    {
        if (marks.Count == 0)
        {
            return new ElementBox(0, 0, Math.Min(pageWidth, 1280), Math.Min(pageHeight, MaxPictureHeight));
        }

        var boxes = marks.SelectMany(m => new[] { m.Outline, m.Badge, m.Item.Context }).ToList();
        var (markTop, markBottom) = (boxes.Min(b => b.Y), boxes.Max(Bottom));
        var left = boxes.Min(b => b.X) - Margin;
        var right = boxes.Max(b => b.X + b.Width) + Margin;
        var top = markTop - Margin;
        var bottom = markBottom + Margin;
        if (right - left < MinPictureWidth)
        {
            var grow = (MinPictureWidth - (right - left)) / 2;
            (left, right) = (left - grow, right + grow);
        }

        (left, right) = Within(left, right, pageWidth);
        (top, bottom) = Within(top, bottom, pageHeight);

        // No line of text is cut in half: one cut by the top or bottom edge is left out, one cut by a side is taken in.
        foreach (var line in lines.Where(l => l.Y < top && Bottom(l) > top && Bottom(l) < markTop))
        {
            top = Math.Max(top, Bottom(line) + 1);
        }

        foreach (var line in lines.Where(l => l.Y < bottom && Bottom(l) > bottom && l.Y > markBottom))
        {
            bottom = Math.Min(bottom, line.Y - 1);
        }

        foreach (var line in lines.Where(l => l.Y < bottom && Bottom(l) > top))
        {
            (left, right) = (line.X < left && line.X + line.Width > left ? Math.Max(0, line.X - 4) : left, line.X < right && line.X + line.Width > right ? Math.Min(pageWidth, line.X + line.Width + 4) : right);
        }

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

    // A name or group title is page text; where it holds anything personal, the key says nothing rather than show it.
    private string? Shown(string? text) => text is null ? null : redactor.Redact(text) == text ? text : string.Empty;

    private sealed record Found(CalloutKind Kind, string Name, string? Group, ElementBox Box, ElementBox Around, ElementBox Context);

    private sealed record Mark(Found Item, string Text, ElementBox Outline, ElementBox Badge);
}
