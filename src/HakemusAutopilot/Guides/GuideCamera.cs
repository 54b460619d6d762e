using System.Globalization;
using System.Text.Json;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Walk;
using Microsoft.Playwright;

namespace HakemusAutopilot.Guides;

internal sealed record ElementBox(double X, double Y, double Width, double Height, string Name = "");

internal sealed record GuideShot(string Step, string Image, IReadOnlyList<ElementBox> Boxes, double DeviceScaleFactor);

/// <summary>
/// Takes each step's full-page screenshot before the tool acts, with the acted-on elements' boxes saved beside it
/// (page coordinates, CSS pixels), so the marks can be drawn afterwards onto exactly what the page showed.
/// </summary>
internal sealed class GuideCamera(IPage page, string imagesFolder, double deviceScaleFactor, ScreenshotMask? mask) : IStepCamera
{
    private readonly List<GuideShot> shots = [];

    public string ImagesFolder => imagesFolder;

    public IReadOnlyList<GuideShot> Shots => shots;

    public async Task CaptureAsync(string step, IReadOnlyList<ILocator> targets, IReadOnlyList<ILocator> personalFields)
    {
        var boxes = new List<ElementBox>();
        // The page's own focus ring and caret are not part of the step.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        foreach (var target in targets)
        {
            if (await target.CountAsync() == 0 || !await target.First.IsVisibleAsync())
            {
                continue;
            }

            await target.First.ScrollIntoViewIfNeededAsync();
            var scroll = await page.EvaluateAsync<double[]>("() => [window.scrollX, window.scrollY]");
            if (await target.First.BoundingBoxAsync() is { } box)
            {
                boxes.Add(new ElementBox(Math.Round(box.X + scroll[0], 1), Math.Round(box.Y + scroll[1], 1), Math.Round(box.Width, 1), Math.Round(box.Height, 1), await NameAsync(target.First)));
            }
        }

        // Numbers follow the page from top to bottom, as a reader's eye does.
        boxes = [.. boxes.OrderBy(b => b.Y).ThenBy(b => b.X)];

        var name = string.Create(CultureInfo.InvariantCulture, $"{shots.Count + 1:00}-{step}");
        var image = Path.Combine(imagesFolder, $"{name}.png");
        await page.ScreenshotAsync(new()
        {
            Path = image,
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
            Mask = mask is null ? [] : await mask.LocatorsAsync(personalFields),
            MaskColor = ScreenshotMask.Color,
            // A long page at twice the scale is slow to take on a busy machine; it waits on nothing but the machine.
            Timeout = 120_000,
        });
        var shot = new GuideShot(step, Path.GetFileName(image), boxes, deviceScaleFactor);
        await File.WriteAllTextAsync(Path.ChangeExtension(image, ".json"), JsonSerializer.Serialize(shot, GuideJson.Options));
        shots.Add(shot);
    }

    private static async Task<string> NameAsync(ILocator element)
    {
        var snapshot = await element.AriaSnapshotAsync();
        var quoted = snapshot.IndexOf('"', StringComparison.Ordinal);
        var end = quoted < 0 ? -1 : snapshot.IndexOf('"', quoted + 1);
        var name = end > quoted ? snapshot[(quoted + 1)..end].TrimEnd('*', ' ') : string.Empty;
        var group = await element.EvaluateAsync<string?>("el => el.closest('fieldset')?.querySelector('legend')?.innerText?.trim() || null");
        return group is null || group == name ? name : $"{group} / {name}";
    }
}

internal static class GuideJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
