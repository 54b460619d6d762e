using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

internal sealed class FrontPage(Wizard wizard)
{
    /// <summary>The label map's own wording of the step's button, for the drift check.</summary>
    public ILocator Landmark { get; } = wizard.Button(wizard.Labels.StartNewApplication);

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
