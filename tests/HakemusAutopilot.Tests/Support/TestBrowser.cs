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

    public static BrowserLauncher Launcher => new(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<BrowserLauncher>.Instance, new PlaywrightDriver());

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
