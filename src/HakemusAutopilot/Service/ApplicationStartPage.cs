using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>The first page of the application: a new application, and the order type.</summary>
internal sealed class ApplicationStartPage(Wizard wizard)
{
    private readonly ILocator newApplication = wizard.Group(wizard.Labels.ApplicationTypeLegend)
        .GetByRole(AriaRole.Radio, new() { NameRegex = Wizard.Exact(wizard.Labels.NewApplication) });

    private readonly ILocator orderType = wizard.Group(wizard.Labels.OrderTypeLegend)
        .GetByRole(AriaRole.Radio, new() { NameRegex = Wizard.Exact(wizard.Labels.OrderTypeByPersonalIdentityCodes) });

    private readonly ILocator orderTypeList = wizard.Page.GetByRole(AriaRole.Combobox, new() { NameRegex = Wizard.Exact(wizard.Labels.OrderTypeLegend) });

    private readonly ILocator proceed = wizard.Button(wizard.Labels.Continue);

    public ILocator NewApplicationChoice => newApplication;

    public ILocator OrderTypeChoice => orderType.Or(orderTypeList);

    public ILocator ContinueButton => proceed;

    public static async Task<ApplicationStartPage> ReachedAsync(Wizard wizard)
    {
        var page = new ApplicationStartPage(wizard);
        await page.newApplication.WaitForAsync();
        return page;
    }

    public async Task ChooseNewApplicationAsync()
    {
        await wizard.Clicker.SetCheckedAsync(newApplication, true, wizard.Labels.NewApplication);
        await OrderTypeChoice.First.WaitForAsync();
    }

    /// <summary>The order type may be offered as radio buttons, a native drop-down or a custom listbox; each is chosen by its visible text.</summary>
    public async Task ChooseOrderTypeAsync()
    {
        if (await orderType.CountAsync() > 0)
        {
            await wizard.Clicker.SetCheckedAsync(orderType, true, wizard.Labels.OrderTypeByPersonalIdentityCodes);
            return;
        }

        if (await orderTypeList.EvaluateAsync<bool>("el => el instanceof HTMLSelectElement"))
        {
            await orderTypeList.SelectOptionAsync(new SelectOptionValue { Label = wizard.Labels.OrderTypeByPersonalIdentityCodes });
            return;
        }

        // A custom drop-down: open it, then pick the option by its text.
        await wizard.Clicker.ClickAsync(orderTypeList, wizard.Labels.OrderTypeLegend);
        await wizard.Clicker.ClickAsync(
            wizard.Page.GetByRole(AriaRole.Option, new() { NameRegex = Wizard.Exact(wizard.Labels.OrderTypeByPersonalIdentityCodes) }),
            wizard.Labels.OrderTypeByPersonalIdentityCodes);
    }

    public async Task<ApplicationFormPage> ContinueAsync()
    {
        await wizard.Clicker.ClickAsync(proceed, wizard.Labels.Continue);
        return await ApplicationFormPage.ReachedAsync(wizard);
    }
}
