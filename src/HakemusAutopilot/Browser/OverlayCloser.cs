using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>Closes the overlays the label map knows (announcements, cookie banners); anything else is left for the run to report.</summary>
internal sealed class OverlayCloser(IPage page, IReadOnlyList<KnownOverlay> overlays, GuardedClicker clicker, ILogger logger)
{
    private const string DescribeCover = """
        () => [...document.querySelectorAll('[role=dialog], [role=alertdialog], dialog[open], [aria-modal=true]')]
          .filter(el => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
          .map(el => el.getAttribute('aria-label') || el.querySelector('h1, h2, h3')?.innerText || el.innerText.slice(0, 80))
        """;

    public async Task<int> CloseKnownAsync()
    {
        var closed = 0;
        foreach (var overlay in overlays)
        {
            var role = Enum.Parse<AriaRole>(overlay.Role, ignoreCase: true);
            var container = page.GetByRole(role, new() { NameRegex = Wizard.Exact(overlay.Name) });
            if (await container.CountAsync() == 0 || !await container.First.IsVisibleAsync())
            {
                continue;
            }

            await clicker.ClickOverlayAsync(container.First.GetByRole(AriaRole.Button, new() { NameRegex = Wizard.Exact(overlay.Close) }), $"close {overlay.Name}");
            await container.First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
            logger.LogInformation("Closed the known overlay {Overlay}", overlay.Name);
            closed++;
        }

        return closed;
    }

    public Task<string[]> DescribeCoversAsync() => page.EvaluateAsync<string[]>(DescribeCover);
}
