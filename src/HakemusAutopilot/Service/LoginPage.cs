using HakemusAutopilot.Operator;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

internal sealed class LoginPage(Wizard wizard, string baseHost)
{
    private readonly ILocator heading = wizard.Heading(wizard.Labels.LoginHeading);
    private readonly ILocator identify = wizard.Button(wizard.Labels.Identify);
    private readonly ILocator loggedIn = wizard.Button(wizard.Labels.LogOut);

    public ILocator IdentifyButton => identify;

    public static async Task<LoginPage> OpenAsync(Wizard wizard, Uri baseUrl)
    {
        var page = new LoginPage(wizard, baseUrl.Host);
        try
        {
            await wizard.Page.GotoAsync(new Uri(baseUrl, wizard.Labels.LoginRoute).ToString());
        }
        catch (PlaywrightException ex) when (ServiceUnreachableException.From(ex, baseUrl) is { } unreachable)
        {
            throw unreachable;
        }

        await wizard.EnsureLanguageAsync(page.heading.Or(page.loggedIn));
        return page;
    }

    /// <summary>The login page, or a page of someone already logged in (a quick hand in the browser may be there first).</summary>
    /// <returns>The login control or the first step's button, whichever shows; null for another logged-in page.</returns>
    public async Task<Resolution?> WaitUntilShownAsync()
    {
        var shown = await LookAsync();
        if (shown is null && !await IsLoggedInAsync(TimeSpan.Zero))
        {
            throw new TargetNotFoundException(wizard.Intents["identify"], await wizard.NearestAsync(wizard.Intents["identify"]));
        }

        return shown;
    }

    /// <summary>Only the replica has this button: the real service hands identification to Suomi.fi.</summary>
    /// <remarks>A recording of the real service may answer as already logged in; then there is nothing to press.</remarks>
    /// <param name="shown">What <see cref="WaitUntilShownAsync"/> found, when the page has just been looked at.</param>
    public async Task IdentifyAsSimulatedPersonAsync(Resolution? shown = null)
    {
        shown ??= await LookAsync();
        if (shown?.Intent.Key == "identify" && wizard.IsLoginRoute(wizard.Page.Url))
        {
            await wizard.Clicker.ClickAsync(shown.Locator, "simulated identification", shown.Selector);
        }
    }

    private Task<Resolution?> LookAsync() => wizard.WaitForAnyAsync([wizard.Intents["identify"], wizard.Intents["startNewApplication"]]);

    /// <summary>
    /// Waits for a person to log in: the page is back on the service, off its login route, and shows a logged-in
    /// page (the first step's button, or a log-out control, even one folded into a menu).
    /// </summary>
    public async Task WaitForLoginAsync(TimeSpan timeout, Action<TimeSpan> stillWaiting, TimeSpan reportEvery, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var lastReport = started;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var left = timeout - (DateTimeOffset.UtcNow - started);
            if (left <= TimeSpan.Zero)
            {
                throw new LoginTimeoutException(timeout);
            }

            var slice = left < reportEvery ? left : reportEvery;
            if (await IsLoggedInAsync(slice).WaitAsync(cancellationToken))
            {
                return;
            }

            if (DateTimeOffset.UtcNow - lastReport >= reportEvery - TimeSpan.FromMilliseconds(50))
            {
                lastReport = DateTimeOffset.UtcNow;
                stillWaiting(lastReport - started);
            }
        }
    }

    private async Task<bool> IsLoggedInAsync(TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            var left = deadline - DateTimeOffset.UtcNow;
            if (!OnTheService)
            {
                // The identification service's pages are not read, let alone touched: only the way back is awaited.
                try
                {
                    await wizard.Page.WaitForURLAsync(url => OnService(url), new() { Timeout = (float)Math.Max(1, left.TotalMilliseconds), WaitUntil = WaitUntilState.Commit });
                }
                catch (TimeoutException)
                {
                    return false;
                }
            }
            else if (!wizard.IsLoginRoute(wizard.Page.Url) && await ShowsLoggedInPageAsync())
            {
                return true;
            }
            else if (left <= TimeSpan.Zero)
            {
                return false;
            }
            else
            {
                await wizard.PageChangedAsync(left);
            }
        }
    }

    // Two log-out controls (a desktop and a mobile one) are no doubt about being logged in.
    private async Task<bool> ShowsLoggedInPageAsync()
    {
        try
        {
            return await wizard.WaitForAnyAsync([wizard.Intents["startNewApplication"], wizard.Intents["logOut"]], TimeSpan.Zero, includeHidden: true) is not null;
        }
        catch (UnsureException)
        {
            return true;
        }
    }

    private bool OnTheService => OnService(wizard.Page.Url);

    private bool OnService(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Equals(baseHost, StringComparison.OrdinalIgnoreCase);
}

internal sealed class LoginTimeoutException(TimeSpan timeout)
    : OperatorException(new OperatorText(nameof(Texts.LoginTimeout), (int)timeout.TotalMinutes));

/// <summary>The service did not answer at all: a network failure or a wrong address, never a changed page.</summary>
internal sealed partial class ServiceUnreachableException(Uri baseUrl, string error, Exception inner)
    : OperatorException(new OperatorText(nameof(Texts.ServiceUnreachable), baseUrl, error), inner)
{
    /// <summary>The browser's name for the failure, such as <c>net::ERR_CONNECTION_REFUSED</c>.</summary>
    public string Error => error;

    /// <summary>The browser's network error in <paramref name="ex"/> as this failure; null when it is no network error.</summary>
    public static ServiceUnreachableException? From(PlaywrightException ex, Uri baseUrl) =>
        NetError().Match(ex.Message) is { Success: true } error ? new ServiceUnreachableException(baseUrl, error.Value, ex) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"net::ERR_[A-Z_]+")]
    private static partial System.Text.RegularExpressions.Regex NetError();
}
