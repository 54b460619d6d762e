namespace HakemusAutopilot.Operator;

/// <summary>What a kind of element on the page is called for a person: <c>file input</c> is <c>KindFileInput</c> in the resources.</summary>
internal static class Kinds
{
    public static OperatorText Of(string kind)
    {
        var key = "Kind" + string.Concat(kind.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        return Texts.ResourceManager.GetString(key, System.Globalization.CultureInfo.InvariantCulture) is null
            ? new OperatorText(nameof(Texts.Verbatim), kind)
            : new OperatorText(key);
    }
}
