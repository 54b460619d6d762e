using System.Text.RegularExpressions;
using HakemusAutopilot.Profile;
using Microsoft.Playwright;

namespace HakemusAutopilot.Privacy;

/// <summary>What a screenshot must hide: the fields holding the profile's personal data, anything on the page shaped
/// like a henkilötunnus, e-mail address or phone number, and the signed-in person's name beside "Kirjaudu ulos".</summary>
internal sealed class ScreenshotMask(IPage page, ILocator signedInUser, IReadOnlyList<string>? extra = null)
{
    // Playwright hands a regex to the page's JavaScript, which knows only a few of .NET's options.
    private static readonly Regex[] Shapes = [.. new[] { Identifiers.PersonalIdentityCodeShape, Identifiers.EmailShape, Identifiers.PhoneShape }
        .Select(shape => new Regex(shape.ToString(), shape.Options & (RegexOptions.IgnoreCase | RegexOptions.Multiline)))];

    public const string Color = "#5A5A5A";

    public IReadOnlyList<ILocator> Locators(IReadOnlyList<ILocator> personalFields) =>
        [.. personalFields, .. Shapes.Select(shape => page.GetByText(shape)), signedInUser, .. (extra ?? []).Select(Extra)];

    private ILocator Extra(string rule) =>
        rule.StartsWith("text=", StringComparison.Ordinal) ? page.GetByText(rule[5..]) : page.Locator(rule);
}
