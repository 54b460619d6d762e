using System.ComponentModel.DataAnnotations;

namespace HakemusAutopilot.Guides;

/// <summary>Settings of the guide (appsettings.json, section "Guide").</summary>
internal sealed class GuideOptions
{
    public const string Section = "Guide";

    /// <summary>More to hide in every guide picture: CSS selectors, or "text=" followed by text on the page.</summary>
    public List<string> Mask { get; set; } = [];

    /// <summary>Device pixels per CSS pixel of the pictures: 2 is sharp on a high-density screen and in print; 1 makes files a quarter of the size.</summary>
    [Range(1.0, 3.0)]
    public float DeviceScale { get; set; } = 2;
}
