using System.Globalization;

namespace HakemusAutopilot.Operator;

/// <summary>
/// A sentence for the operator, kept as its resource key and arguments until the language is known, so one
/// failure can be told in Finnish, Swedish or English on the console and in the report, and in English in the log.
/// An argument that is itself an <see cref="OperatorText"/> is said in the same language, and a list of them joined.
/// </summary>
internal sealed class OperatorText(string key, params object?[] args)
{
    public const string DefaultLanguage = "fi";

    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    public string Key => key;

    public string In(string language)
    {
        var culture = Culture(language);
        var format = Texts.ResourceManager.GetString(key, culture)
            ?? throw new InvalidOperationException($"No text '{key}' in the resources.");
        return args.Length == 0 ? format : string.Format(culture, format, [.. args.Select(arg => arg switch
        {
            OperatorText text => text.In(language),
            IEnumerable<OperatorText> texts => Listed([.. texts.Select(t => t.In(language))], language),
            _ => arg,
        })]);
    }

    /// <summary>The log's language.</summary>
    public override string ToString() => In("en");

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language switch
    {
        "en" => "en-GB",
        "sv" => "sv-FI",
        _ => "fi-FI",
    });

    public static string Say(string key, string language, params object?[] args) => new OperatorText(key, args).In(language);

    /// <summary>
    /// The text named by a prefix and a name in Pascal case (<c>Step</c> and <c>front-page</c> is <c>StepFrontPage</c>),
    /// or the name itself where the resources have none.
    /// </summary>
    public static OperatorText Named(string prefix, string name)
    {
        var key = prefix + string.Concat(name.Split(['-', ' ', '.', '$'], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        return Texts.ResourceManager.GetString(key, CultureInfo.InvariantCulture) is null ? new(nameof(Texts.Verbatim), name) : new(key);
    }

    /// <summary>"a, b and c" in the language's own word for "and".</summary>
    private static string Listed(string[] items, string language) => items.Length < 2
        ? string.Concat(items)
        : string.Join(", ", items[..^1]) + Say(nameof(Texts.ListAnd), language) + items[^1];
}
