using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Service;
using Microsoft.Playwright;

namespace HakemusAutopilot.Drift;

/// <summary>A word of the label map the page should show: <paramref name="Key"/> names it in the map.</summary>
internal sealed record Expectation(string Kind, string Name, string Key, ILocator Locator, string? Group = null);

/// <summary>What the check made of one expected word; the page that never came has no key.</summary>
internal sealed record WordFinding(
    string Kind,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group,
    string? Key,
    bool Unconfirmed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Nearest = null)
{
    public override string ToString() => Group is null ? $"{Kind} \"{Name}\"" : $"{Kind} \"{Name}\" under \"{Group}\"";
}

internal sealed record StepFindings(string Step, IReadOnlyList<WordFinding> Found, IReadOnlyList<WordFinding> Missing);

/// <summary>
/// Visits every step of the path without filling anything and says, per step, which of the label map's words the
/// page shows and which it does not, with the nearest name the page has instead.
/// </summary>
internal sealed partial class DriftCheck(Wizard wizard, TimeSpan patience, Func<string, bool> isConfirmed, Action<string>? stepStarted = null)
{
    private readonly List<StepFindings> steps = [];
    private readonly List<IReadOnlyList<Service.Resolving.Candidate>> looks = [];

    /// <summary>Every page the check saw, as the resolver read it: remembered answers are compared with these.</summary>
    public IReadOnlyList<IReadOnlyList<Service.Resolving.Candidate>> Looks => looks;

    public IReadOnlyList<StepFindings> Steps => steps;

    public bool Drifted => steps.Any(s => s.Missing.Count > 0);

    public async Task RunAsync(Uri baseUrl, Func<LoginPage, Task> logIn)
    {
        try
        {
            await WalkAsync(baseUrl, logIn);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException or TargetNotFoundException or Service.Resolving.UnsureException)
        {
            // A step's page never came: that is drift too, and the steps before it are already recorded.
            steps.Add(new StepFindings($"after {steps.LastOrDefault()?.Step ?? "start"}", [], [new("next page", ex.Message.Split('\n')[0], null, null, false)]));
        }
    }

    private async Task WalkAsync(Uri baseUrl, Func<LoginPage, Task> logIn)
    {
        var labels = wizard.Labels;
        var login = await LoginPage.OpenAsync(wizard, baseUrl);
        if (!await CheckAsync("login", [Heading(labels.LoginHeading, nameof(labels.LoginHeading))]))
        {
            return;
        }

        await logIn(login);
        var front = new FrontPage(wizard);
        if (!await CheckAsync("front-page", [Button(labels.StartNewApplication, nameof(labels.StartNewApplication)), Button(labels.LogOut, nameof(labels.LogOut))]))
        {
            return;
        }

        var catalog = await front.StartNewApplicationAsync();
        if (!await CheckAsync("start-new-application", [Expect("tab", labels.PublicAdministrationTab, nameof(labels.PublicAdministrationTab), catalog.PublicAdministrationTab)]))
        {
            return;
        }

        await catalog.ChoosePublicAdministrationAsync();
        if (!await CheckAsync("public-administration", [Button(labels.PopulationDataServices, nameof(labels.PopulationDataServices))]))
        {
            return;
        }

        await catalog.OpenPopulationDataServicesAsync();
        if (!await CheckAsync("population-data-services", [
            Heading(labels.ChangeInterfaceService, nameof(labels.ChangeInterfaceService)),
            Expect("button in that item", labels.Start, nameof(labels.Start), catalog.StartChangeInterfaceButton),
        ]))
        {
            return;
        }

        var start = await catalog.StartChangeInterfaceApplicationAsync();
        if (!await CheckAsync("change-interface-start", [Expect("choice", labels.NewApplication, nameof(labels.NewApplication), start.NewApplicationChoice)]))
        {
            return;
        }

        await start.ChooseNewApplicationAsync();
        if (!await CheckAsync("new-application", [
            Expect("choice", labels.OrderTypeByPersonalIdentityCodes, nameof(labels.OrderTypeByPersonalIdentityCodes), start.OrderTypeChoice),
            Button(labels.Continue, nameof(labels.Continue)),
        ]))
        {
            return;
        }

        await start.ChooseOrderTypeAsync();
        var form = await start.ContinueAsync();
        await form.ExpandCollapsedSectionsAsync();
        var specs = Enum.GetValues<FormField>().Where(f => f != FormField.HomeMunicipalityForProtectionOrder)
            .Select(f => FormFieldLabels.For(f, labels))
            .ToArray();
        var groups = specs.Where(spec => spec.Group is not null).DistinctBy(spec => spec.GroupKey)
            .Select(spec => new Expectation("group", spec.Group!, spec.GroupKey!, wizard.Group(spec.Group!)));
        var fields = specs.Select(spec => new Expectation(
            "field",
            spec.Label,
            spec.LabelKey!,
            spec.Group is null ? wizard.Page.GetByLabel(Wizard.Exact(spec.Label)) : wizard.Group(spec.Group).GetByLabel(Wizard.Exact(spec.Label)),
            spec.Group));
        await CheckAsync("form", [
            Heading(labels.FormHeading, nameof(labels.FormHeading)),
            .. groups,
            .. fields,
            Expect("checkbox", labels.ProtectionOrder, nameof(labels.ProtectionOrder), form.ProtectionOrderBox),
            Expect("field", labels.AttachmentDescription, nameof(labels.AttachmentDescription), wizard.Page.GetByLabel(Wizard.Exact(labels.AttachmentDescription))),
            Expect("file input", labels.AddAttachment, nameof(labels.AddAttachment), wizard.Page.GetByLabel(Wizard.Exact(labels.AddAttachment))),
            Button(labels.SaveDraft, nameof(labels.SaveDraft)),
            Button(labels.SendButton, nameof(labels.SendButton)),
        ]);
    }

    private static Expectation Expect(string kind, string name, string labelsProperty, ILocator locator) =>
        new(kind, name, LabelMap.KeyOf(labelsProperty), locator);

    private Expectation Button(string name, string labelsProperty) => Expect("button", name, labelsProperty, wizard.Button(name));

    private Expectation Heading(string name, string labelsProperty) => Expect("heading", name, labelsProperty, wizard.Heading(name));

    private async Task<bool> CheckAsync(string step, IReadOnlyList<Expectation> expectations)
    {
        stepStarted?.Invoke(step);
        var found = new List<WordFinding>();
        var missing = new List<WordFinding>();
        foreach (var expectation in expectations)
        {
            var finding = new WordFinding(expectation.Kind, expectation.Name, expectation.Group, expectation.Key, !isConfirmed(expectation.Key));
            try
            {
                await expectation.Locator.First.WaitForAsync(new() { Timeout = (float)patience.TotalMilliseconds });
                found.Add(finding);
            }
            catch (TimeoutException)
            {
                missing.Add(finding with { Nearest = await NearestAsync(expectation.Name) });
            }
        }

        steps.Add(new StepFindings(step, found, missing));
        try
        {
            looks.Add(await wizard.Resolver.ScanAsync());
        }
        catch (PlaywrightException)
        {
            // A page that goes away while read is read again at the next step.
        }

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
            .ThenBy(n => EditDistance.Between(n.Text, target))
            .Select(n => n.Name)
            .FirstOrDefault();
    }

    private static string Fold(string text) => text.ToLower(CultureInfo.GetCultureInfo("fi-FI"));

    [GeneratedRegex("- [a-z]+ \"([^\"]{2,120})\"")]
    private static partial Regex AccessibleName();
}
