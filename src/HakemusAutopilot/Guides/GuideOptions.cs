namespace HakemusAutopilot.Guides;

/// <summary>Settings of the guide (appsettings.json, section "Guide").</summary>
internal sealed class GuideOptions
{
    public const string Section = "Guide";

    /// <summary>More to hide in every guide picture: CSS selectors, or "text=" followed by text on the page.</summary>
    public List<string> Mask { get; set; } = [];
}
