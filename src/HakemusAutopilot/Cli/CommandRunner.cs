using HakemusAutopilot.Browser;
using HakemusAutopilot.Operator;
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
        CommandName.Doctor => DoctorAsync(output, request.UiLanguage),
        CommandName.InstallBrowser => Task.FromResult(InstallBrowser(output, request.UiLanguage)),
        CommandName.Check => check.RunAsync(request.Check!, request.UiLanguage, output, cancellationToken),
        CommandName.Record => record.RunAsync(request.Record!, output, cancellationToken),
        CommandName.ServeReplica => serve.RunAsync(request.Serve!, output, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Name, "unknown command"),
    };

    private int Validate(CommandRequest request, TextWriter output)
    {
        profiles.Load(request.ProfilePath, output, request.UiLanguage);
        output.WriteLine(OperatorText.Say(nameof(Texts.ProfileValid), request.UiLanguage));
        return ExitCodes.ReachedTheStop;
    }

    private int Plan(CommandRequest request, TextWriter output)
    {
        var (_, plan) = profiles.Load(request.ProfilePath, output, request.UiLanguage);
        FormPlanWriter.Write(output, plan, request.UiLanguage, FormFieldLabels.DisplayAll(labels.For(plan.Language)));
        return ExitCodes.ReachedTheStop;
    }

    private async Task<int> DoctorAsync(TextWriter output, string language)
    {
        void Line(string key, params object?[] args) => output.WriteLine(OperatorText.Say(key, language, args));
        var options = launcher.Options;
        Line(nameof(Texts.DoctorBrowserSettings), sources.BrowserConfigPath);
        Line(nameof(Texts.DoctorBrowser), options.Kind.ToString().ToLowerInvariant(), options.Describe(), OperatorText.Say(options.Headless ? nameof(Texts.ReportYes) : nameof(Texts.ReportNo), language), options.Locale, options.TimezoneId);
        Line(nameof(Texts.DoctorOverrides));
        Line(nameof(Texts.DoctorLabelMap), labels.Path, string.Join(", ", labels.Languages));
        Line(nameof(Texts.DoctorRuns), Path.GetFullPath(runs.Value.Root));
        try
        {
            await using var browser = await launcher.LaunchAsync(new LaunchRequest(Headless: true, LoopbackOnly: true));
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.SetContentAsync("<title>ok</title>");
            Line(nameof(Texts.DoctorBrowserStarts), browser.Version);
            return ExitCodes.ReachedTheStop;
        }
        catch (Exception ex) when (ex is BrowserNotFoundException or BrowserStartException)
        {
            Line(nameof(Texts.DoctorBrowserDoesNotStart));
            output.WriteLine(((OperatorException)ex).Text.In(language));
            logger.LogWarning("Doctor found no working browser");
            return ExitCodes.Failed;
        }
    }

    private int InstallBrowser(TextWriter output, string language)
    {
        output.WriteLine(OperatorText.Say(nameof(Texts.InstallRunning), language));
        var code = Microsoft.Playwright.Program.Main(["install", "chromium"]);
        if (code == 0)
        {
            output.WriteLine(OperatorText.Say(nameof(Texts.InstallDone), language, sources.BrowserConfigPath));
            return ExitCodes.ReachedTheStop;
        }

        output.WriteLine(OperatorText.Say(nameof(Texts.InstallFailed), language));
        return ExitCodes.Failed;
    }
}
