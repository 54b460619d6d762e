using HakemusAutopilot.Service.Resolving;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>The page where the service asks on whose behalf the person acts, when they may act for several.</summary>
internal sealed class OrganisationChooser(Wizard wizard)
{
    private readonly ILocator group = wizard.Group(wizard.Labels.ActAsLegend);

    public static Intent Organisation(string name) => IntentMap.Exactly("actAs", TargetKind.Choice, name);

    public async Task<bool> IsShownAsync() => await group.CountAsync() > 0 && await group.First.IsVisibleAsync();

    /// <summary>Chooses the organisation the profile names, when the page offers it unmistakably; false otherwise.</summary>
    public async Task<bool> ChooseAsync(string organisation)
    {
        Resolution? option;
        try
        {
            option = await wizard.Resolver.FindAsync(Organisation(organisation));
        }
        catch (UnsureException)
        {
            return false;
        }

        // Another unit of the same organisation reads almost alike: only the name itself, as the profile gives it, is chosen.
        if (option is null || option.Decision.Score < 0.99 || !await wizard.SetCheckedAsync(option, true))
        {
            return false;
        }

        await wizard.PressAsync(wizard.Intents["continue"]);
        return true;
    }
}
