using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>A command's handler that opens a browser: its Playwright driver is started before its host is built.</summary>
internal interface IOpensBrowser;

/// <summary>
/// The Playwright driver, a Node process that takes about a second to start. Started early, the start overlaps the
/// host's and the profile's; the first browser launch takes it and owns it from then on.
/// </summary>
internal sealed class PlaywrightDriver : IDisposable
{
    private Task<IPlaywright>? starting;

    public static PlaywrightDriver StartedEarly() => new() { starting = Playwright.CreateAsync() };

    public Task<IPlaywright> TakeAsync() => Interlocked.Exchange(ref starting, null) ?? Playwright.CreateAsync();

    public void Dispose()
    {
        // A command that ended before its launch (a broken profile) does not wait for a driver it will not use.
        Interlocked.Exchange(ref starting, null)?.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }
}
