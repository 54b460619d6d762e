using System.Diagnostics;
using HakemusAutopilot.Browser;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>
/// What a session on the service needs beyond the browser settings. The language is the service's words and the
/// browser's own; without one, the settings' locale.
/// </summary>
internal sealed record SessionRequest(bool Headless, bool LoopbackOnly, string? Language = null)
{
    /// <summary>Attached to the context before its first page opens, so it sees every request: the rehearsal's routing, a recorder, tracing.</summary>
    public Func<IBrowserContext, Task>? Prepare { get; init; }

    public float? DeviceScale { get; init; }

    public Action<string, string>? OverlayClosed { get; init; }
}

/// <summary>A browser open on the service: its context, the wizard on its one page, and the send guard armed in it.</summary>
internal sealed class ServiceSession(LaunchedBrowser browser, Wizard wizard, SendGuard guard, TimeSpan launchTook, TimeSpan openTook) : IAsyncDisposable
{
    public LaunchedBrowser Browser => browser;

    public Wizard Wizard => wizard;

    public SendGuard Guard => guard;

    public IBrowserContext Context => wizard.Page.Context;

    public TimeSpan LaunchTook => launchTook;

    public TimeSpan OpenTook => openTook;

    private Task? closing;

    /// <summary>Closes the browser once, however often it is asked; what the run writes after its last page can go on meanwhile.</summary>
    public Task CloseAsync() => closing ??= browser.DisposeAsync().AsTask();

    public ValueTask DisposeAsync() => new(CloseAsync());
}

/// <summary>
/// The one way the commands and the tests open the service: the browser launched (or shared), a context in the
/// settings' locale and viewport with what must see its first request attached, then the wizard with the send guard
/// armed before anything loads.
/// </summary>
internal sealed class ServiceSessions(BrowserLauncher launcher, LabelMap labelMap, ILoggerFactory loggers)
{
    public BrowserOptions Options => launcher.Options;

    public async Task<ServiceSession> OpenAsync(SessionRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var browser = await launcher.LaunchAsync(new LaunchRequest(request.Headless, request.LoopbackOnly, request.Language));
        var launchTook = Stopwatch.GetElapsedTime(started);
        try
        {
            var context = await browser.NewContextAsync(request.DeviceScale);
            if (request.Prepare is not null)
            {
                await request.Prepare(context);
            }

            var guard = new SendGuard(labelMap.SendWords);
            var wizard = await Wizard.OpenAsync(
                context, labelMap.For(request.Language ?? launcher.Options.Locale.Split('-')[0]), guard, loggers, request.OverlayClosed, patience: TimeSpan.FromSeconds(launcher.Options.ActionTimeoutSeconds));
            return new ServiceSession(browser, wizard, guard, launchTook, Stopwatch.GetElapsedTime(started) - launchTook);
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }
}
