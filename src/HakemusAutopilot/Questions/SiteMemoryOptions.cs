namespace HakemusAutopilot.Questions;

/// <summary>Where the operator's answers are kept: beside the label map unless configured otherwise.</summary>
internal sealed class SiteMemoryOptions
{
    public const string Section = "SiteMemory";

    public string? Folder { get; set; }
}
