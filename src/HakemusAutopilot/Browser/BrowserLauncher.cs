using HakemusAutopilot.Operator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

internal sealed record LaunchRequest(bool Headless, bool LoopbackOnly, string? Language = null);

internal sealed class BrowserLauncher(IOptions<BrowserOptions> options, ILogger<BrowserLauncher> logger, PlaywrightDriver driver, BrowserReuse? reuse = null)
{
    // Without these, Chromium phones home at start (updates, sync, safe browsing); on a closed network that is
    // noise at best, and in a rehearsal it would be a request to a host other than loopback.
    private static readonly string[] QuietArgs =
    [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-domain-reliability",
        "--no-first-run",
        "--no-default-browser-check",
        "--metrics-recording-only",
    ];

    // Every host name fails to resolve except loopback; routed requests never reach DNS, so the replica still works.
    private const string LoopbackOnlyResolver = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1";

    public BrowserOptions Options => options.Value;

    public Task<LaunchedBrowser> LaunchAsync(LaunchRequest request) =>
        reuse is null ? LaunchNewAsync(request) : reuse.ForAsync(request, LaunchNewAsync);

    private async Task<LaunchedBrowser> LaunchNewAsync(LaunchRequest request)
    {
        var settings = options.Value;
        var executable = BrowserNotFoundException.ThrowIfMissing(settings, request.Headless);

        // The browser's own widgets (a file input's "Choose File") speak the run's language, as they would for the operator:
        // Windows takes it from --lang, Linux from LANGUAGE.
        var language = request.Language ?? settings.Locale;
        string[] args = [.. QuietArgs, $"--lang={language}", .. request.LoopbackOnly ? [LoopbackOnlyResolver] : Array.Empty<string>()];
        var launch = new BrowserTypeLaunchOptions
        {
            Headless = request.Headless,
            SlowMo = settings.SlowMoMs,
            Args = args,
            Channel = settings.Kind == BrowserKind.Channel ? settings.Channel : null,
            ExecutablePath = executable,
            Timeout = settings.NavigationTimeoutSeconds * 1000f,
            Env = OperatingSystem.IsLinux() ? EnvironmentWith("LANGUAGE", language.Split('-')[0]) : null,
        };

        var playwright = await driver.TakeAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(launch);
            logger.LogInformation("Launched {Browser} {Version}, headless {Headless}", settings.Describe(request.Headless), browser.Version, request.Headless);
            return new LaunchedBrowser(playwright, browser, settings);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("Executable doesn't exist", StringComparison.Ordinal) || ex.Message.Contains("is not found at", StringComparison.Ordinal))
        {
            playwright.Dispose();
            throw new BrowserNotFoundException(settings, request.Headless, FirstLine(ex.Message), ex);
        }
        catch (PlaywrightException ex)
        {
            playwright.Dispose();
            var noDisplay = !request.Headless && (ex.Message.Contains("DISPLAY", StringComparison.Ordinal) || ex.Message.Contains("XServer", StringComparison.Ordinal) || ex.Message.Contains("X server", StringComparison.Ordinal));
            throw new BrowserStartException(
                noDisplay ? new OperatorText(nameof(Texts.BrowserNeedsDisplay)) : new OperatorText(nameof(Texts.BrowserDidNotStart), settings.Describe(request.Headless), FirstLine(ex.Message)),
                ex);
        }
    }

    private static Dictionary<string, string> EnvironmentWith(string name, string value)
    {
        var variables = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
        variables[name] = value;
        return variables;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

/// <summary>A browser for one run. A shared one (see <see cref="BrowserReuse"/>) closes only the run's own contexts.</summary>
internal sealed class LaunchedBrowser(IPlaywright playwright, IBrowser browser, BrowserOptions settings, bool shared = false) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];

    public IBrowser Browser => browser;

    /// <summary>The same browser for another run, which leaves it open when it ends.</summary>
    public LaunchedBrowser Share() => new(playwright, browser, settings, shared: true);

    public string Version => browser.Version;

    public async Task<IBrowserContext> NewContextAsync(float? deviceScaleFactor = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            DeviceScaleFactor = deviceScaleFactor,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = settings.Locale,
            TimezoneId = settings.TimezoneId,
            ViewportSize = new ViewportSize { Width = settings.ViewportWidth, Height = settings.ViewportHeight },
            AcceptDownloads = false,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(settings.ActionTimeoutSeconds * 1000f);
        context.SetDefaultNavigationTimeout(settings.NavigationTimeoutSeconds * 1000f);
        lock (contexts)
        {
            contexts.Add(context);
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (shared)
        {
            foreach (var context in contexts)
            {
                try
                {
                    await context.CloseAsync();
                }
                catch (PlaywrightException)
                {
                    // Closed already, with the page the operator closed or with the browser.
                }
            }

            return;
        }

        try
        {
            await browser.CloseAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or ObjectDisposedException)
        {
            // The operator may already have closed the window, or Ctrl+C reached the driver first; nothing is left to close.
        }

        playwright.Dispose();
    }
}

internal sealed class BrowserStartException(OperatorText text, Exception inner) : OperatorException(text, inner);

internal sealed class BrowserNotFoundException(BrowserOptions settings, bool headless, string reason, Exception? inner = null)
    : OperatorException(new OperatorText(nameof(Texts.BrowserNotFound), BrowserOptions.FileName, settings.Describe(headless), reason), inner)
{
    /// <summary>The file a run with or without a window starts (null where Playwright finds it), refused where it is not there.</summary>
    public static string? ThrowIfMissing(BrowserOptions settings, bool headless)
    {
        var executable = settings.ExecutableFor(headless);
        return executable is not null && !File.Exists(executable)
            ? throw new BrowserNotFoundException(settings, headless, $"the file '{executable}' does not exist")
            : executable;
    }
}
