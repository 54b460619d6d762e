using System.Collections.Concurrent;

namespace HakemusAutopilot.Browser;

/// <summary>
/// Browsers kept open between runs in one process, such as a test suite that runs the tool many times: a browser is
/// launched once per kind of launch, and each run works in contexts of its own, which it closes. A single run from the
/// command line never uses this. The browser settings are those of the first launch of each kind: one process, one
/// configuration.
/// </summary>
internal sealed class BrowserReuse : IAsyncDisposable
{
    private readonly ConcurrentDictionary<LaunchRequest, Lazy<Task<LaunchedBrowser>>> browsers = new();

    public async Task<LaunchedBrowser> ForAsync(LaunchRequest request, Func<LaunchRequest, Task<LaunchedBrowser>> launch)
    {
        var launched = browsers.GetOrAdd(request, r => new Lazy<Task<LaunchedBrowser>>(() => launch(r)));
        try
        {
            var browser = await launched.Value;
            if (browser.Browser.IsConnected)
            {
                return browser.Share();
            }
        }
        catch
        {
            // A failed launch is not kept: the next run tries again, and this one reports it as a run of its own would.
            browsers.TryRemove(KeyValuePair.Create(request, launched));
            throw;
        }

        if (browsers.TryRemove(KeyValuePair.Create(request, launched)))
        {
            await (await launched.Value).DisposeAsync();
        }

        return await ForAsync(request, launch);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var launched in browsers.Values)
        {
            if (launched.IsValueCreated && launched.Value.IsCompletedSuccessfully)
            {
                await launched.Value.Result.DisposeAsync();
            }
        }

        browsers.Clear();
    }
}
