using HakemusAutopilot.Operator;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

internal sealed class LoginPage(Wizard wizard)
{
    private readonly ILocator heading = wizard.Heading(wizard.Labels.LoginHeading);
    private readonly ILocator identify = wizard.Button(wizard.Labels.Identify);
    private readonly ILocator loggedIn = wizard.Button(wizard.Labels.LogOut);

    public ILocator IdentifyButton => identify;

    public static async Task<LoginPage> OpenAsync(Wizard wizard, Uri baseUrl)
    {
        var page = new LoginPage(wizard);
        await wizard.Page.GotoAsync(new Uri(baseUrl, wizard.Labels.LoginRoute).ToString());
        await wizard.EnsureLanguageAsync(page.heading.Or(page.loggedIn));
        return page;
    }

    /// <summary>The login page, or a page of someone already logged in (a quick hand in the browser may be there first).</summary>
    public Task WaitUntilShownAsync() => heading.Or(loggedIn).First.WaitForAsync();

    /// <summary>Only the replica has this button: the real service hands identification to Suomi.fi.</summary>
    /// <remarks>A recording of the real service may answer as already logged in; then there is nothing to press.</remarks>
    public async Task IdentifyAsSimulatedPersonAsync()
    {
        await WaitUntilShownAsync();
        if (!await heading.IsVisibleAsync())
        {
            return;
        }

        await wizard.Clicker.ClickAsync(identify, "simulated identification");
    }

    /// <summary>Waits for a person to log in: the URL leaves the login routes and a logged-in landmark shows.</summary>
    public async Task WaitForLoginAsync(TimeSpan timeout, Action<TimeSpan> stillWaiting, TimeSpan reportEvery, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var left = timeout - (DateTimeOffset.UtcNow - started);
            if (left <= TimeSpan.Zero)
            {
                throw new LoginTimeoutException(timeout);
            }

            var slice = left < reportEvery ? left : reportEvery;
            try
            {
                await loggedIn.First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = (float)slice.TotalMilliseconds }).WaitAsync(cancellationToken);
                if (!wizard.IsLoginRoute(wizard.Page.Url))
                {
                    return;
                }
            }
            catch (TimeoutException)
            {
                stillWaiting(DateTimeOffset.UtcNow - started);
            }
        }
    }
}

internal sealed class LoginTimeoutException(TimeSpan timeout)
    : Exception($"Nobody logged in within {timeout.TotalMinutes:0} minutes. Run the command again when you are ready to identify yourself."), IOperatorMessage
{
    public string Finnish => $"Kukaan ei kirjautunut {timeout.TotalMinutes:0} minuutin kuluessa. Aja komento uudelleen, kun olet valmis tunnistautumaan.";
}
