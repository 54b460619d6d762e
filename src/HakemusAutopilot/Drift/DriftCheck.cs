using System.Globalization;
using System.Text.RegularExpressions;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Service;
using Microsoft.Playwright;

namespace HakemusAutopilot.Drift;

internal sealed record Expectation(string Kind, string Name, ILocator Locator);

internal sealed record StepFindings(string Step, IReadOnlyList<string> Found, IReadOnlyList<(string Expected, string? Nearest)> Missing);

/// <summary>
/// Visits every step of the path without filling anything and says, per step, which of the label map's words the
/// page shows and which it does not, with the nearest name the page has instead.
/// </summary>
internal sealed partial class DriftCheck(Wizard wizard, TimeSpan patience)
{
    private readonly List<StepFindings> steps = [];

    public IReadOnlyList<StepFindings> Steps => steps;

    public bool Drifted => steps.Any(s => s.Missing.Count > 0);

    public async Task RunAsync(Uri baseUrl, Func<LoginPage, Task> logIn)
    {
        try
        {
            await WalkAsync(baseUrl, logIn);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            // A step's page never came: that is drift too, and the steps before it are already recorded.
            steps.Add(new StepFindings($"after {steps.LastOrDefault()?.Step ?? "start"}", [], [($"the next page ({ex.Message.Split('\n')[0]})", null)]));
        }
    }

    private async Task WalkAsync(Uri baseUrl, Func<LoginPage, Task> logIn)
    {
        var labels = wizard.Labels;
        var login = await LoginPage.OpenAsync(wizard, baseUrl);
        if (!await CheckAsync("login", [Heading(labels.LoginHeading)]))
        {
            return;
        }

        await logIn(login);
        var front = new FrontPage(wizard);
        if (!await CheckAsync("front-page", [Button(labels.StartNewApplication), Button(labels.LogOut)]))
        {
            return;
        }

        var catalog = await front.StartNewApplicationAsync();
        if (!await CheckAsync("start-new-application", [new("tab", labels.PublicAdministrationTab, catalog.PublicAdministrationTab)]))
        {
            return;
        }

        await catalog.ChoosePublicAdministrationAsync();
        if (!await CheckAsync("public-administration", [Button(labels.PopulationDataServices)]))
        {
            return;
        }

        await catalog.OpenPopulationDataServicesAsync();
        if (!await CheckAsync("population-data-services", [new("item with button", $"{labels.ChangeInterfaceService} → {labels.Start}", catalog.StartChangeInterfaceButton)]))
        {
            return;
        }

        var start = await catalog.StartChangeInterfaceApplicationAsync();
        if (!await CheckAsync("change-interface-start", [new("choice", labels.NewApplication, start.NewApplicationChoice)]))
        {
            return;
        }

        await start.ChooseNewApplicationAsync();
        if (!await CheckAsync("new-application", [new("choice", labels.OrderTypeByPersonalIdentityCodes, start.OrderTypeChoice), Button(labels.Continue)]))
        {
            return;
        }

        await start.ChooseOrderTypeAsync();
        var form = await start.ContinueAsync();
        await form.ExpandCollapsedSectionsAsync();
        var fields = Enum.GetValues<FormField>().Where(f => f != FormField.HomeMunicipalityForProtectionOrder)
            .Select(f => FormFieldLabels.For(f, labels))
            .Select(spec => new Expectation("field", spec.Display, spec.Group is null ? wizard.Page.GetByLabel(Wizard.Exact(spec.Label)) : wizard.Group(spec.Group).GetByLabel(Wizard.Exact(spec.Label))));
        await CheckAsync("form", [
            Heading(labels.FormHeading),
            .. fields,
            new("checkbox", labels.ProtectionOrder, form.ProtectionOrderBox),
            new("field", labels.AttachmentDescription, wizard.Page.GetByLabel(Wizard.Exact(labels.AttachmentDescription))),
            new("file input", labels.AddAttachment, wizard.Page.GetByLabel(Wizard.Exact(labels.AddAttachment))),
            Button(labels.SaveDraft),
            Button(labels.SendButton),
        ]);
    }

    private Expectation Button(string name) => new("button", name, wizard.Button(name));

    private Expectation Heading(string name) => new("heading", name, wizard.Heading(name));

    private async Task<bool> CheckAsync(string step, IReadOnlyList<Expectation> expectations)
    {
        var found = new List<string>();
        var missing = new List<(string, string?)>();
        foreach (var expectation in expectations)
        {
            try
            {
                await expectation.Locator.First.WaitForAsync(new() { Timeout = (float)patience.TotalMilliseconds });
                found.Add($"{expectation.Kind} \"{expectation.Name}\"");
            }
            catch (TimeoutException)
            {
                missing.Add(($"{expectation.Kind} \"{expectation.Name}\"", await NearestAsync(expectation.Name)));
            }
        }

        steps.Add(new StepFindings(step, found, missing));
        return missing.Count == 0;
    }

    private async Task<string?> NearestAsync(string expected)
    {
        // Only the main content: the header names the signed-in person.
        var main = wizard.Page.GetByRole(AriaRole.Main);
        var snapshot = await (await main.CountAsync() > 0 ? main : wizard.Page.Locator("body")).AriaSnapshotAsync();
        var names = AccessibleName().Matches(snapshot).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToArray();
        var target = Fold(expected);

        // A renamed label most often keeps the old words and adds or drops a few ("Tietojen käyttötarkoitus"); edit
        // distance alone would prefer any name of about the same length.
        bool KeepsTheWords(string name) => name.Contains(target, StringComparison.Ordinal) || (2 * name.Length >= target.Length && target.Contains(name, StringComparison.Ordinal));
        return names
            .Select(n => (Name: n, Text: Fold(n.TrimEnd('*', ' '))))
            .OrderBy(n => KeepsTheWords(n.Text) ? 0 : 1)
            .ThenBy(n => ShapeChecker.Levenshtein(n.Text, target))
            .Select(n => n.Name)
            .FirstOrDefault();
    }

    private static string Fold(string text) => text.ToLower(CultureInfo.GetCultureInfo("fi-FI"));

    [GeneratedRegex("- [a-z]+ \"([^\"]{2,120})\"")]
    private static partial Regex AccessibleName();
}
