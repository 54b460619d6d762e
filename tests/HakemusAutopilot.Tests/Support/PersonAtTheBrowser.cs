using System.Text.RegularExpressions;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Support;

/// <summary>
/// Plays the operator in a live run against the loopback replica: identifies whenever the login page shows,
/// and, once the tool has handed over, may press "Lähetä DVV:lle" like a person reviewing the application.
/// </summary>
internal sealed class PersonAtTheBrowser(ReplicaJournal journal, bool sendAfterReview = false) : IRunObserver
{
    private readonly CancellationTokenSource done = new();

    public int SubmitsBeforeHandOver { get; private set; } = -1;

    public int Logins { get; private set; }

    public Task PageOpenedAsync(IPage page)
    {
        _ = Task.Run(() => KeepLoggingInAsync(page));
        return Task.CompletedTask;
    }

    public async Task HandedOverAsync(IPage page)
    {
        SubmitsBeforeHandOver = journal.To(ReplicaPaths.Submit).Count();
        await done.CancelAsync();
        if (sendAfterReview)
        {
            var sent = page.WaitForResponseAsync(r => r.Url.EndsWith(ReplicaPaths.Submit, StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä DVV:lle" }).ClickAsync();
            await sent;
        }
    }

    private async Task KeepLoggingInAsync(IPage page)
    {
        var identify = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Tunnistaudu|Identifiera dig|Identify yourself)$") });
        while (!done.IsCancellationRequested && !page.IsClosed)
        {
            try
            {
                await identify.WaitForAsync(new() { Timeout = 0 });
                await identify.ClickAsync();
                Logins++;
                await identify.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 0 });
            }
            catch (PlaywrightException)
            {
                return;
            }
        }
    }
}
