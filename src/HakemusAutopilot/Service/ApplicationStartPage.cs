using HakemusAutopilot.Service.Resolving;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>The first page of the application: a new application, and the order type.</summary>
internal sealed class ApplicationStartPage(Wizard wizard)
{
    // After a choice the page may take a moment to offer the next one; a closed drop-down is opened once the page has
    // stood still this long without offering it (and if the drop-down does not hold it, the choice is waited for all the same).
    private static readonly TimeSpan FirstLook = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StillFor = TimeSpan.FromMilliseconds(600);

    /// <summary>The label map's own wordings of the step's targets, for the drift check and the tests of our replica.</summary>
    public ILocator NewApplicationChoice { get; } = wizard.Group(wizard.Labels.ApplicationTypeLegend)
        .GetByRole(AriaRole.Radio, new() { NameRegex = Wizard.Exact(wizard.Labels.NewApplication) });

    public ILocator OrderTypeChoice { get; } = wizard.Group(wizard.Labels.OrderTypeLegend)
        .GetByRole(AriaRole.Radio, new() { NameRegex = Wizard.Exact(wizard.Labels.OrderTypeByPersonalIdentityCodes) })
        .Or(wizard.Page.GetByRole(AriaRole.Combobox, new() { NameRegex = Wizard.Exact(wizard.Labels.OrderTypeLegend) }));

    public ILocator ContinueButton { get; } = wizard.Button(wizard.Labels.Continue);

    public static async Task<ApplicationStartPage> ReachedAsync(Wizard wizard)
    {
        await wizard.WaitForAsync(wizard.Intents["newApplication"]);
        return new ApplicationStartPage(wizard);
    }

    public Task ChooseNewApplicationAsync(Func<ILocator, Task>? before = null) => ChooseAsync(wizard.Intents["newApplication"], wizard.Labels.ApplicationTypeLegend, before);

    /// <summary>The order type may be offered as radio buttons, a native drop-down or a custom list; each is chosen by its text.</summary>
    public Task ChooseOrderTypeAsync(Func<ILocator, Task>? before = null) => ChooseAsync(wizard.Intents["orderTypeByPersonalIdentityCodes"], wizard.Labels.OrderTypeLegend, before);

    public async Task<ApplicationFormPage> ContinueAsync(Func<ILocator, Task>? before = null)
    {
        await wizard.PressAsync(wizard.Intents["continue"], before);
        return await ApplicationFormPage.ReachedAsync(wizard);
    }

    private async Task ChooseAsync(Intent choice, string group, Func<ILocator, Task>? before)
    {
        // A closed drop-down named for the choice's group is opened at once; any other only once the page stands still.
        var found = await wizard.WaitForAnyAsync([choice], TimeSpan.Zero)
            ?? await OpenDropDownsForAsync(choice, named: group)
            ?? await wizard.WaitForAnyAsync([choice], FirstLook, quiet: StillFor)
            ?? await OpenDropDownsForAsync(choice)
            ?? await wizard.WaitForAsync(choice);
        if (before is not null)
        {
            await before(found.Locator);
        }

        if (found.Candidate.Tag == "option")
        {
            // A native drop-down's option is chosen through its list, not clicked.
            await wizard.Clicker.SelectOptionAsync(found.Locator, found.Candidate.Name, choice.Display, found.Selector);
            return;
        }

        if (found.Candidate.Kind == "option")
        {
            await wizard.Clicker.ClickAsync(found.Locator, choice.Display, found.Selector);
            return;
        }

        if (!await wizard.SetCheckedAsync(found, true))
        {
            throw new TargetNotFoundException(choice, $"{found.Candidate.Describe()}, which did not stay chosen");
        }
    }

    /// <summary>
    /// A custom drop-down shows its options only when open: each closed one (or only those <paramref name="named"/>
    /// so) is opened in turn and looked into.
    /// </summary>
    private async Task<Resolution?> OpenDropDownsForAsync(Intent choice, string? named = null)
    {
        var closed = (await wizard.Resolver.ScanAsync())
            .Where(c => c is { Kind: "select", Visible: true } && c.Tag != "select" && c.Expanded != "true")
            .Where(c => named is null || TextMatch.Holds(named, c.Name))
            .Take(3)
            .ToList();
        foreach (var dropDown in closed)
        {
            await wizard.Clicker.ClickAsync(wizard.Resolver.LocatorOf(dropDown), $"open \"{dropDown.Describe()}\"", Resolver.SelectorOf(dropDown));
            if (await wizard.WaitForAnyAsync([choice], FirstLook, quiet: StillFor) is { } found)
            {
                return found;
            }

            await wizard.Page.Keyboard.PressAsync("Escape");
        }

        return null;
    }
}
