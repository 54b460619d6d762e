namespace HakemusAutopilot.Browser;

/// <summary>The one script that reads an element's names (element-names.js), for every script that needs them.</summary>
internal static class ElementNames
{
    /// <summary>A JavaScript expression whose value has <c>nameOf</c>, <c>fieldName</c>, <c>allNames</c>, <c>textOf</c>, <c>byIds</c> and <c>norm</c>.</summary>
    public static readonly string Script = Read("HakemusAutopilot.Browser.element-names.js");

    /// <summary>A function of an element giving every text it may go by, for the send check.</summary>
    public static readonly string AllNames = $"el => ({Script}).allNames(el)";

    public static string Read(string resource)
    {
        using var stream = typeof(ElementNames).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The script {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim().TrimEnd(';');
    }
}
