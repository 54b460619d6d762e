using System.Text.RegularExpressions;
using HakemusAutopilot.Profile;
using Microsoft.Playwright;

namespace HakemusAutopilot.Privacy;

/// <summary>What a screenshot must hide: the fields holding the profile's personal data, any field whose text holds
/// personal data (a name or a number written into a free-text answer), anything on the page shaped like a
/// henkilötunnus, e-mail address or phone number, and the signed-in person's name beside "Kirjaudu ulos".</summary>
internal sealed class ScreenshotMask(IPage page, ILocator signedInUser, Redactor redactor, IReadOnlyList<string>? extra = null)
{
    private const string TypedInto = "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=submit]):not([type=button]), textarea, [contenteditable=true]";

    // Playwright hands a regex to the page's JavaScript, which knows only a few of .NET's options.
    private static readonly Regex[] Shapes = [.. new[] { Identifiers.PersonalIdentityCodeShape, Identifiers.EmailShape, Identifiers.PhoneShape }
        .Select(shape => new Regex(shape.ToString(), shape.Options & (RegexOptions.IgnoreCase | RegexOptions.Multiline)))];

    public const string Color = "#5A5A5A";

    public async Task<IReadOnlyList<ILocator>> LocatorsAsync(IReadOnlyList<ILocator> personalFields)
    {
        // A field's value is no text node, so the shapes above never see it: each field's text is read and judged here.
        var fields = page.Locator(TypedInto);
        string[] texts;
        try
        {
            texts = await fields.EvaluateAllAsync<string[]>("els => els.map(el => (el.isContentEditable ? el.innerText : el.value) || '')");
        }
        catch (PlaywrightException)
        {
            texts = [];
        }

        var holding = texts.Select((text, i) => (Text: text, Index: i)).Where(f => redactor.Redact(f.Text) != f.Text).Select(f => fields.Nth(f.Index));
        ILocator[] all = [.. personalFields, .. holding, .. Shapes.Select(shape => page.GetByText(shape)), signedInUser, .. (extra ?? []).Select(Extra)];

        // Playwright looks for each mask in a trip of its own to the page; joined into one, they are found in one.
        return [all.Aggregate((joined, next) => joined.Or(next))];
    }

    private ILocator Extra(string rule) =>
        rule.StartsWith("text=", StringComparison.Ordinal) ? page.GetByText(rule[5..]) : page.Locator(rule);
}
