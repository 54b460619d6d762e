using System.CommandLine;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Cli;

/// <summary>`doctor`: which browser, does it start, which settings are in force, where runs go.</summary>
internal sealed class DoctorCommand(ServiceSessions sessions, LabelMap labels, ConfigSources sources, IOptions<RunsOptions> runs, ILogger<DoctorCommand> logger)
{
    public static Command Create(ICommandServices services)
    {
        var command = new Command("doctor", "Say which browser will be used, check that it starts, and show the settings in force.");
        command.SetHandler<DoctorCommand>(services, (doctor, _, context) => doctor.RunAsync(context.Output, context.UiLanguage));
        return command;
    }

    public async Task<int> RunAsync(TextWriter output, string language)
    {
        void Line(string key, params object?[] args) => output.WriteLine(OperatorText.Say(key, language, args));
        var options = sessions.Options;
        Line(nameof(Texts.DoctorBrowserSettings), sources.BrowserConfigPath);
        Line(nameof(Texts.DoctorBrowser), options.Kind.ToString().ToLowerInvariant(), options.Describe(), OperatorText.Say(options.Headless ? nameof(Texts.ReportYes) : nameof(Texts.ReportNo), language), options.Locale, options.TimezoneId);
        Line(nameof(Texts.DoctorOverrides));
        Line(nameof(Texts.DoctorLabelMap), labels.Path, string.Join(", ", labels.Languages));
        Line(nameof(Texts.DoctorRuns), Path.GetFullPath(runs.Value.Root));
        try
        {
            // The operator's run opens a window, which the headless shell cannot: its starting proves nothing for that run.
            BrowserNotFoundException.ThrowIfMissing(options, headless: false);

            await using var session = await sessions.OpenAsync(new SessionRequest(Headless: true, LoopbackOnly: true));
            await session.Wizard.Page.SetContentAsync("<title>ok</title>");
            Line(nameof(Texts.DoctorBrowserStarts), session.Browser.Version);
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
}
