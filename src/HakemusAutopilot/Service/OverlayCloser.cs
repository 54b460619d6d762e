using HakemusAutopilot.Browser;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>Closes the overlays the label map knows (announcements, cookie banners); anything else is left for the run to report.</summary>
internal sealed class OverlayCloser : IPageCovers
{
    private const string DescribeCover = """
        () => [...document.querySelectorAll('[role=dialog], [role=alertdialog], dialog[open], [aria-modal=true]')]
          .filter(el => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
          .map(el => el.getAttribute('aria-label') || el.querySelector('h1, h2, h3')?.innerText || el.innerText.slice(0, 80))
        """;

    private readonly IPage page;
    private readonly GuardedClicker clicker;
    private readonly ILogger logger;
    private readonly (KnownOverlay Overlay, ILocator Container)[] known;
    private readonly ILocator anyVisible;

    private readonly Action<string, string>? onClosed;

    private readonly IReadOnlyList<string> dismissWords;

    public OverlayCloser(IPage page, IReadOnlyList<KnownOverlay> overlays, IReadOnlyList<string> dismissWords, GuardedClicker clicker, ILogger logger, Action<string, string>? closed = null)
    {
        this.dismissWords = dismissWords;
        onClosed = closed;
        this.page = page;
        this.clicker = clicker;
        this.logger = logger;
        known = [.. overlays.Select(o => (o, page.GetByRole(Enum.Parse<AriaRole>(o.Role, ignoreCase: true), new() { NameRegex = Wizard.Exact(o.Name) }).Filter(new() { Visible = true })))];
        anyVisible = known.Select(k => k.Container).Aggregate((a, b) => a.Or(b));
    }

    public async Task<int> CloseKnownAsync()
    {
        // One round trip in the usual case of nothing to close: this runs before every step.
        if (known.Length == 0 || await anyVisible.CountAsync() == 0)
        {
            return 0;
        }

        var closed = 0;
        foreach (var (overlay, container) in known)
        {
            if (await container.CountAsync() == 0)
            {
                continue;
            }

            var text = await container.First.EvaluateAsync<string>("el => { const c = el.cloneNode(true); c.querySelectorAll('button, [role=button]').forEach(b => b.remove()); return c.innerText.replace(/\\s+/g, ' ').trim(); }");
            var pressed = await DismissAsync(overlay, container.First);
            logger.LogInformation("Closed the known overlay {Overlay}", overlay.Name);
            var shown = text.Length > 300 ? string.Concat(text.AsSpan(0, 297), "...") : text;
            onClosed?.Invoke(overlay.Name, $"{shown} [{string.Join(", ", pressed)}]");
            closed++;
        }

        return closed;
    }

    /// <summary>
    /// Presses the overlay's own close word, or else a button that dismisses or declines (never one that accepts more),
    /// as often as the overlay asks: a cookie banner may confirm the choice and ask to be hidden as a second step.
    /// </summary>
    private async Task<IReadOnlyList<string>> DismissAsync(KnownOverlay overlay, ILocator container)
    {
        var pressed = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var buttons = container.GetByRole(AriaRole.Button);
            var names = await buttons.EvaluateAllAsync<string[]>("els => els.map(b => (b.getAttribute('aria-label') || b.innerText || '').replace(/\\s+/g, ' ').trim())");
            var index = Array.FindIndex(names, n => TextMatch.Score(overlay.Close, n) == 1);
            if (index < 0)
            {
                index = Array.FindIndex(names, n => dismissWords.Any(word => TextMatch.Holds(word, n)));
            }

            if (index < 0)
            {
                throw new PageCoveredException($"close {overlay.Name}", [overlay.Name]);
            }

            await clicker.ClickOverlayAsync(buttons.Nth(index), $"close {overlay.Name}");
            pressed.Add(names[index]);
            try
            {
                await container.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 2000 });
                return pressed;
            }
            catch (TimeoutException)
            {
                logger.LogInformation("The overlay {Overlay} is still shown after one press; looking for its next button", overlay.Name);
            }
        }

        throw new PageCoveredException($"close {overlay.Name}", [overlay.Name]);
    }

    public Task<string[]> DescribeCoversAsync() => page.EvaluateAsync<string[]>(DescribeCover);
}
