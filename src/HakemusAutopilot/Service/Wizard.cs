using System.Text;
using System.Text.RegularExpressions;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>What every step's page object needs: the page, the service's words and the one guarded way to click.</summary>
internal sealed partial record Wizard(IPage Page, ServiceLabels Labels, GuardedClicker Clicker, Resolver Resolver, IntentMap Intents)
{
    private const string RegexSpecials = "\\^$.*+?()[]{}|/";

    /// <summary>
    /// Opens the one page a run works on: the send guard armed in it before anything loads, clicks going through
    /// the guarded clicker, and the label map's known overlays closed on the way.
    /// </summary>
    public static async Task<Wizard> OpenAsync(IBrowserContext context, ServiceLabels labels, SendGuard guard, ILoggerFactory loggers, Action<string, string>? overlayClosed = null, Func<string, bool>? isConfirmed = null, TimeSpan? patience = null)
    {
        await guard.ArmInPageAsync(context);
        await context.AddInitScriptAsync(ChangeWatch);
        var page = await context.NewPageAsync();
        var actions = new ActionLog();
        actions.Watch(page);
        var clicker = new GuardedClicker(guard, actions, loggers.CreateLogger<GuardedClicker>());
        clicker.Overlays = new OverlayCloser(page, labels.Overlays, labels.OverlayDismiss ?? [], clicker, loggers.CreateLogger<OverlayCloser>(), overlayClosed);
        return new Wizard(page, labels, clicker, new Resolver(page, guard.Words), new IntentMap(labels, isConfirmed ?? (_ => true)))
        {
            Patience = patience ?? DefaultPatience,
        };
    }

    /// <summary>
    /// A label as the page may show it: any letter case, any run of white space (non-breaking too) between words,
    /// and an optional trailing "*" for required fields. Nothing looser, so that a near-miss never picks a wrong field.
    /// </summary>
    public static Regex Exact(string label)
    {
        var words = label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Escape);
        return new Regex($"^\\s*{string.Join("\\s+", words)}\\s*\\*?\\s*$", RegexOptions.IgnoreCase);
    }

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { NameRegex = Exact(name) })
        .Or(Page.GetByRole(AriaRole.Link, new() { NameRegex = Exact(name) }));

    public ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new() { NameRegex = Exact(name) });

    public ILocator Group(string legend) => Page.GetByRole(AriaRole.Group, new() { NameRegex = Exact(legend) })
        .Or(Page.GetByRole(AriaRole.Radiogroup, new() { NameRegex = Exact(legend) }));

    /// <summary>
    /// The service opens in the language it had last (or in Finnish), so when a step's landmark does not show in the
    /// profile's language, the service's own language switch is pressed, as a person would.
    /// </summary>
    public async Task EnsureLanguageAsync(ILocator landmark)
    {
        var switchTo = Button(Labels.LanguageSwitch).First;
        try
        {
            // The step's own landmark, or a rendered view in another language; the page's chrome alone decides nothing.
            await WaitUntilVisibleAsync(landmark.Or(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })));
        }
        catch (TimeoutException)
        {
            return;
        }

        if (await landmark.First.IsVisibleAsync() || await switchTo.CountAsync() == 0)
        {
            return;
        }

        await Clicker.ClickAsync(switchTo, "language switch");
        await WaitUntilVisibleAsync(landmark);
    }

    /// <summary>
    /// Where the service shows who is signed in: the nearest container of "Kirjaudu ulos" that holds more than it, since
    /// the control often stands alone in a list item beside the one with the name.
    /// </summary>
    public ILocator SignedInUser =>
        Button(Labels.LogOut).Locator($"xpath=ancestor::*[normalize-space(.) != {XPathString(Labels.LogOut)}][1][string-length(normalize-space(.)) < 200]")
            .Or(Button(Labels.LogOut).Locator("xpath=.."));

    /// <summary>The texts beside "Kirjaudu ulos", hidden menus included: the signed-in person's name, and each part of it.</summary>
    public async Task<IReadOnlyList<string>> SignedInNamesAsync()
    {
        var names = new List<string>();
        foreach (var user in await SignedInUser.AllAsync())
        {
            names.AddRange((await user.InnerTextAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(line => !Exact(Labels.LogOut).IsMatch(line)));
        }

        return names;
    }

    public bool IsLoginRoute(string url) => url.Contains(Labels.LoginRoute, StringComparison.OrdinalIgnoreCase);

    private static string XPathString(string text) =>
        !text.Contains('\'', StringComparison.Ordinal) ? $"'{text}'" : $"concat('{text.Replace("'", "', \"'\", '", StringComparison.Ordinal)}')";

    private static string Escape(string word)
    {
        var builder = new StringBuilder(word.Length * 2);
        foreach (var c in word)
        {
            if (RegexSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
