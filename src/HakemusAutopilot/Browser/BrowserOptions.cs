using System.ComponentModel.DataAnnotations;

namespace HakemusAutopilot.Browser;

internal enum BrowserKind
{
    Managed,
    Channel,
    Executable,
}

internal sealed class BrowserOptions
{
    public const string Section = "Browser";
    public const string FileName = "playwright.config.json";

    [Required]
    public BrowserKind Kind { get; set; } = BrowserKind.Managed;

    public string? Channel { get; set; }

    public string? ExecutablePath { get; set; }

    public bool Headless { get; set; } = true;

    [Range(0, 5000)]
    public int SlowMoMs { get; set; }

    [Range(1, 600)]
    public int ActionTimeoutSeconds { get; set; } = 15;

    [Range(1, 600)]
    public int NavigationTimeoutSeconds { get; set; } = 30;

    [Range(1, 240)]
    public int LoginTimeoutMinutes { get; set; } = 10;

    [Range(320, 7680)]
    public int ViewportWidth { get; set; } = 1280;

    [Range(240, 4320)]
    public int ViewportHeight { get; set; } = 900;

    [Required]
    [RegularExpression("^[a-z]{2}-[A-Z]{2}$")]
    public string Locale { get; set; } = "fi-FI";

    [Required]
    public string TimezoneId { get; set; } = "Europe/Helsinki";

    public bool Tracing { get; set; }

    public string Describe() => Kind switch
    {
        BrowserKind.Channel => $"channel '{Channel}'",
        BrowserKind.Executable => $"executable '{ExecutablePath}'",
        _ => "Playwright-managed Chromium",
    };
}

/// <summary>Where the browser settings in force were read from.</summary>
internal sealed record ConfigSources(string BrowserConfigPath);
