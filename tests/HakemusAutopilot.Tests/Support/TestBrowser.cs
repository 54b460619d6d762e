using HakemusAutopilot.Browser;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Tests.Support;

/// <summary>The browser settings the tool itself uses: the tests read the same playwright.config.json.</summary>
internal static class TestBrowser
{
    private static readonly Lazy<BrowserOptions> Settings = new(Load);

    public static BrowserOptions Options => Settings.Value;

    /// <summary>The tool's launcher, launching each kind of browser once for the whole suite.</summary>
    public static BrowserLauncher LauncherSharing(BrowserReuse browsers) =>
        new(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<BrowserLauncher>.Instance, new PlaywrightDriver(), browsers);

    private static BrowserOptions Load()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(RepoPaths.File("playwright.config.json"), optional: false)
            .AddEnvironmentVariables("HAKEMUS_")
            .Build();
        var options = configuration.GetSection(BrowserOptions.Section).Get<BrowserOptions>() ?? new BrowserOptions();
        var validation = new BrowserOptionsValidator().Validate(null, options);
        return validation.Failed ? throw new OptionsValidationException(BrowserOptions.Section, typeof(BrowserOptions), validation.Failures) : options;
    }
}
