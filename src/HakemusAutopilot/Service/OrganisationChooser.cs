using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>The page where the service asks on whose behalf the person acts, when they may act for several.</summary>
internal sealed class OrganisationChooser(Wizard wizard)
{
    private readonly ILocator group = wizard.Group(wizard.Labels.ActAsLegend);
    private readonly ILocator proceed = wizard.Button(wizard.Labels.Continue);

    public async Task<bool> IsShownAsync() => await group.CountAsync() > 0 && await group.First.IsVisibleAsync();

    public async Task<bool> ChooseAsync(string organisation)
    {
        var option = group.GetByRole(AriaRole.Radio, new() { Name = organisation });
        if (await option.CountAsync() != 1)
        {
            return false;
        }

        await wizard.Clicker.SetCheckedAsync(option, true, $"act for {organisation}");
        await wizard.Clicker.ClickAsync(proceed, "continue as the chosen organisation");
        return true;
    }

    public Task WaitUntilGoneAsync(TimeSpan timeout) =>
        group.First.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = (float)timeout.TotalMilliseconds });
}
