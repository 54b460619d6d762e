using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

internal sealed class FrontPage(Wizard wizard)
{
    public static async Task<FrontPage> ReachedAsync(Wizard wizard)
    {
        await wizard.WaitForAsync(wizard.Intents["startNewApplication"]);
        return new FrontPage(wizard);
    }

    public async Task<NewApplicationPage> StartNewApplicationAsync(Func<ILocator, Task>? before = null)
    {
        await wizard.PressAsync(wizard.Intents["startNewApplication"], before);
        return await NewApplicationPage.ReachedAsync(wizard);
    }
}
