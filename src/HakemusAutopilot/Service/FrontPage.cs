using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

internal sealed class FrontPage(Wizard wizard)
{
    private readonly ILocator startNew = wizard.Button(wizard.Labels.StartNewApplication);

    public ILocator Landmark => startNew;

    public static async Task<FrontPage> ReachedAsync(Wizard wizard)
    {
        var page = new FrontPage(wizard);
        await page.startNew.WaitForAsync();
        return page;
    }

    public async Task<NewApplicationPage> StartNewApplicationAsync()
    {
        await wizard.Clicker.ClickAsync(startNew, wizard.Labels.StartNewApplication);
        return await NewApplicationPage.ReachedAsync(wizard);
    }
}
