using HakemusAutopilot.Browser;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using HakemusAutopilot.Walk;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Cli;

internal sealed class CommandRunner(
    RunSession session,
    Drift.CheckCommand check,
    Recording.RecordCommand record,
    Rehearsal.ServeReplicaCommand serve,
    ProfileGate profiles,
    BrowserLauncher launcher,
    LabelMap labels,
    ConfigSources sources,
    IOptions<RunsOptions> runs,
    ILogger<CommandRunner> logger)
{
    public Task<int> RunAsync(CommandRequest request, TextWriter output, CancellationToken cancellationToken) => request.Name switch
    {
        CommandName.Rehearse or CommandName.Run or CommandName.Guide => session.RunAsync(request.Run!, output, cancellationToken),
        CommandName.Validate => Task.FromResult(Validate(request, output)),
        CommandName.Plan => Task.FromResult(Plan(request, output)),
        CommandName.Doctor => DoctorAsync(output),
        CommandName.InstallBrowser => Task.FromResult(InstallBrowser(output)),
        CommandName.Check => check.RunAsync(request.Check!, request.UiLanguage, output, cancellationToken),
        CommandName.Record => record.RunAsync(request.Record!, output, cancellationToken),
        CommandName.ServeReplica => serve.RunAsync(request.Serve!, output, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Name, "unknown command"),
    };

    private int Validate(CommandRequest request, TextWriter output)
    {
        profiles.Load(request.ProfilePath, output, request.UiLanguage);
        output.WriteLine(request.UiLanguage == "en" ? "The profile is valid." : "Profiili on kunnossa.");
        return ExitCodes.ReachedTheStop;
    }

    private int Plan(CommandRequest request, TextWriter output)
    {
        var (_, plan) = profiles.Load(request.ProfilePath, output, request.UiLanguage);
        FormPlanWriter.Write(output, plan, request.UiLanguage, FormFieldLabels.DisplayAll(labels.For(plan.Language)));
        return ExitCodes.ReachedTheStop;
    }

    private async Task<int> DoctorAsync(TextWriter output)
    {
        var options = launcher.Options;
        output.WriteLine($"Browser settings: {sources.BrowserConfigPath}");
        output.WriteLine($"  kind: {options.Kind.ToString().ToLowerInvariant()}, {options.Describe()}, headless: {(options.Headless ? "yes" : "no")}, locale {options.Locale}, time zone {options.TimezoneId}");
        output.WriteLine("  (any of these can be overridden by environment variables such as HAKEMUS_Browser__Kind)");
        output.WriteLine($"Label map: {labels.Path} (languages: {string.Join(", ", labels.Languages)})");
        output.WriteLine($"Runs are written to: {Path.GetFullPath(runs.Value.Root)}");
        try
        {
            await using var browser = await launcher.LaunchAsync(new LaunchRequest(Headless: true, LoopbackOnly: true));
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.SetContentAsync("<title>ok</title>");
            output.WriteLine($"Browser starts: yes, version {browser.Version}");
            return ExitCodes.ReachedTheStop;
        }
        catch (Exception ex) when (ex is BrowserNotFoundException or BrowserStartException)
        {
            output.WriteLine("Browser starts: NO");
            output.WriteLine(ex.Message);
            logger.LogWarning("Doctor found no working browser");
            return ExitCodes.Failed;
        }
    }

    private int InstallBrowser(TextWriter output)
    {
        output.WriteLine("Running Playwright's installer for Chromium…");
        var code = Microsoft.Playwright.Program.Main(["install", "chromium"]);
        if (code == 0)
        {
            output.WriteLine($"Done. Set \"Kind\": \"managed\" under \"Browser\" in {sources.BrowserConfigPath} to use it.");
            return ExitCodes.ReachedTheStop;
        }

        output.WriteLine("""
            The installer could not download Chromium (no internet, or a proxy in the way). Instead:
              - Windows/macOS: use the installed Edge or Chrome: "Kind": "channel", "Channel": "msedge" (or "chrome");
              - Debian/Ubuntu: sudo apt-get install chromium, then "Kind": "executable", "ExecutablePath": "/usr/bin/chromium";
              - behind a proxy: set HTTPS_PROXY and run this command again.
            """);
        return ExitCodes.Failed;
    }
}
