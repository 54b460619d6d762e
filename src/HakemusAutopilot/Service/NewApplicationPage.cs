using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>"Aloita uusi hakemus": tabs of application kinds and, under "Julkishallinto", the services list.</summary>
internal sealed class NewApplicationPage(Wizard wizard)
{
    private readonly ILocator publicAdministration = wizard.Page.GetByRole(AriaRole.Tab, new() { NameRegex = Wizard.Exact(wizard.Labels.PublicAdministrationTab) });
    private readonly ILocator populationData = wizard.Button(wizard.Labels.PopulationDataServices);
    private readonly ILocator changeInterface = wizard.Page.GetByRole(AriaRole.Listitem).Filter(new() { Has = wizard.Heading(wizard.Labels.ChangeInterfaceService) });

    public ILocator PublicAdministrationTab => publicAdministration;

    public ILocator PopulationDataButton => populationData;

    public ILocator StartChangeInterfaceButton => changeInterface.GetByRole(AriaRole.Button, new() { NameRegex = Wizard.Exact(wizard.Labels.Start) });

    public static async Task<NewApplicationPage> ReachedAsync(Wizard wizard)
    {
        var page = new NewApplicationPage(wizard);
        await page.publicAdministration.WaitForAsync();
        return page;
    }

    public async Task ChoosePublicAdministrationAsync()
    {
        await wizard.Clicker.ClickAsync(publicAdministration, wizard.Labels.PublicAdministrationTab);
        await populationData.WaitForAsync();
    }

    public async Task OpenPopulationDataServicesAsync()
    {
        if (await populationData.GetAttributeAsync("aria-expanded") != "true")
        {
            await wizard.Clicker.ClickAsync(populationData, wizard.Labels.PopulationDataServices);
        }

        await StartChangeInterfaceButton.WaitForAsync();
    }

    public async Task<ApplicationStartPage> StartChangeInterfaceApplicationAsync()
    {
        await wizard.Clicker.ClickAsync(StartChangeInterfaceButton, $"{wizard.Labels.ChangeInterfaceService} → {wizard.Labels.Start}");
        return await ApplicationStartPage.ReachedAsync(wizard);
    }
}
