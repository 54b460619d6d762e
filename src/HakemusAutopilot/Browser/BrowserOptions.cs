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

    /// <summary>
    /// For headless runs with <see cref="BrowserKind.Executable"/>: Chromium's headless shell, which draws for no
    /// window and takes about half the processor time of the full browser; the full one where it is not installed.
    /// </summary>
    public string? HeadlessExecutablePath { get; set; }

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

    /// <summary>The file a run starts, or null where Playwright finds the browser itself.</summary>
    public string? ExecutableFor(bool headless) => Kind switch
    {
        BrowserKind.Executable when headless && !string.IsNullOrWhiteSpace(HeadlessExecutablePath) && File.Exists(HeadlessExecutablePath) => HeadlessExecutablePath,
        BrowserKind.Executable => ExecutablePath,
        _ => null,
    };

    /// <summary>Both files where they differ: a run with a window and a run without one start different browsers.</summary>
    public string Describe() =>
        Kind == BrowserKind.Executable && ExecutableFor(headless: true) is { } shell && shell != ExecutablePath
            ? $"executable '{ExecutablePath}', headless '{shell}'"
            : Describe(Headless);

    public string Describe(bool headless) => Kind switch
    {
        BrowserKind.Channel => $"channel '{Channel}'",
        BrowserKind.Executable => $"executable '{ExecutableFor(headless)}'",
        _ => "Playwright-managed Chromium",
    };
}

/// <summary>Where the browser settings in force were read from.</summary>
internal sealed record ConfigSources(string BrowserConfigPath);
