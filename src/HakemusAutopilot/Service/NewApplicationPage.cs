using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>"Aloita uusi hakemus": tabs of application kinds and, under "Julkishallinto", the services.</summary>
internal sealed class NewApplicationPage(Wizard wizard)
{
    private readonly ILocator changeInterface = wizard.Page.GetByRole(AriaRole.Listitem).Filter(new() { Has = wizard.Heading(wizard.Labels.ChangeInterfaceService) });

    /// <summary>The label map's own wordings of the step's targets, for the drift check and the tests of our replica.</summary>
    public ILocator PublicAdministrationTab { get; } = wizard.Page.GetByRole(AriaRole.Tab, new() { NameRegex = Wizard.Exact(wizard.Labels.PublicAdministrationTab) });

    public ILocator PopulationDataButton { get; } = wizard.Button(wizard.Labels.PopulationDataServices);

    public ILocator StartChangeInterfaceButton => changeInterface.GetByRole(AriaRole.Button, new() { NameRegex = Wizard.Exact(wizard.Labels.Start) });

    public static async Task<NewApplicationPage> ReachedAsync(Wizard wizard)
    {
        await wizard.WaitForAsync(wizard.Intents["publicAdministrationTab"]);
        return new NewApplicationPage(wizard);
    }

    public async Task ChoosePublicAdministrationAsync(Func<ILocator, Task>? before = null)
    {
        var tab = await wizard.WaitForAsync(wizard.Intents["publicAdministrationTab"]);
        if (!tab.Candidate.Checked)
        {
            if (before is not null)
            {
                await before(tab.Locator);
            }

            await wizard.Clicker.ClickAsync(tab.Locator, tab.Intent.Display, tab.Selector);
        }

        await wizard.WaitForAsync(wizard.Intents["populationDataServices"]);
    }

    /// <summary>Opens the services under "Haluan hakea tietoja väestötietojärjestelmästä", unless they already show.</summary>
    public async Task OpenPopulationDataServicesAsync(Func<ILocator, Task>? before = null)
    {
        var service = wizard.Intents["changeInterfaceService"];
        var shown = await wizard.WaitForAnyAsync([service, wizard.Intents["populationDataServices"]]);
        if (shown is null || shown.Intent == service)
        {
            return;
        }

        if (shown.Candidate.Expanded != "true")
        {
            if (before is not null)
            {
                await before(shown.Locator);
            }

            await wizard.Clicker.ClickAsync(shown.Locator, shown.Intent.Display, shown.Selector);
        }

        await wizard.WaitForAsync(service);
    }

    public async Task<ApplicationStartPage> StartChangeInterfaceApplicationAsync(Func<ILocator, Task>? before = null)
    {
        await wizard.PressAsync(wizard.Intents["changeInterfaceService"], before);
        return await ApplicationStartPage.ReachedAsync(wizard);
    }
}
