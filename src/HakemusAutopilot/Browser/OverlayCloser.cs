using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>Closes the overlays the label map knows (announcements, cookie banners); anything else is left for the run to report.</summary>
internal sealed class OverlayCloser
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

    public OverlayCloser(IPage page, IReadOnlyList<KnownOverlay> overlays, GuardedClicker clicker, ILogger logger, Action<string, string>? closed = null)
    {
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
            await clicker.ClickOverlayAsync(container.First.GetByRole(AriaRole.Button, new() { NameRegex = Wizard.Exact(overlay.Close) }), $"close {overlay.Name}");
            await container.First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
            logger.LogInformation("Closed the known overlay {Overlay}", overlay.Name);
            var shown = text.Length > 300 ? string.Concat(text.AsSpan(0, 297), "...") : text;
            onClosed?.Invoke(overlay.Name, $"{shown} [{overlay.Close}]");
            closed++;
        }

        return closed;
    }

    public Task<string[]> DescribeCoversAsync() => page.EvaluateAsync<string[]>(DescribeCover);
}
