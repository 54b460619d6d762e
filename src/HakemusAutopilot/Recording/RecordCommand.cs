using System.CommandLine;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Recording;

internal sealed record RecordRequest(string OutDirectory, Uri BaseUrl, string Language, string? ProfilePath, bool Headless, string UiLanguage);

/// <summary>`record`: the operator walks the live service by hand while the tool keeps a scrubbed copy of its pages.</summary>
internal sealed class RecordCommand(
    ServiceSessions sessions,
    LabelMap labelMap,
    ProfileGate profiles,
    Redactor redactor,
    ILoggerFactory loggers,
    TimeProvider time,
    OperatorWait operatorWait,
    IEnumerable<IRunObserver> observers) : IOpensBrowser
{
    public static Command Create(ICommandServices services)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "A new or empty folder for the recording.", Required = true };
        var profile = new Option<FileInfo?>("--profile") { Description = "A profile whose personal values are also removed from the recording." };
        var headless = new Option<bool>("--headless") { Description = "Hide the browser (for automation only: a person walks the path)." };
        var command = new Command("record", "Open the live service, let you log in and walk the path by hand, and keep a scrubbed copy of its pages as a fixtures folder.")
        {
            output, CommandOptions.BaseUrl, CommandOptions.ServiceLanguage, profile, headless,
        };
        command.SetHandler<RecordCommand>(services, (record, parse, context) => record.RunAsync(
            new RecordRequest(
                parse.GetValue(output)!.FullName,
                parse.GetValue(CommandOptions.BaseUrl)!,
                parse.GetValue(CommandOptions.ServiceLanguage)!,
                parse.GetValue(profile)?.FullName,
                parse.GetValue(headless),
                context.UiLanguage),
            context.Output,
            context.Cancellation));
        return command;
    }

    public async Task<int> RunAsync(RecordRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        using var console = new OperatorConsole(output, request.UiLanguage);
        var directory = Path.GetFullPath(request.OutDirectory);
        RecordingWriter.EnsureUsable(directory);
        if (request.ProfilePath is not null)
        {
            var (_, plan) = profiles.Load(request.ProfilePath, output, request.UiLanguage);
            redactor.AddKnownValues(plan.Fields.Where(f => f.IsPersonal).Select(f => f.Value));
        }

        var logger = loggers.CreateLogger<RecordCommand>();
        var recorder = new ServiceRecorder(request.BaseUrl, time, logger);
        await using var session = await sessions.OpenAsync(new SessionRequest(request.Headless, LoopbackOnly: false, request.Language)
        {
            Prepare = context =>
            {
                recorder.Attach(context);
                return Task.CompletedTask;
            },
        });
        var wizard = session.Wizard;
        recorder.SnapshotEveryView(wizard);
        foreach (var observer in observers)
        {
            await observer.PageOpenedAsync(wizard.Page);
        }

        try
        {
            await LoginPage.OpenAsync(wizard, request.BaseUrl);
        }
        catch (Exception ex) when (ex is PlaywrightException or Service.ServiceUnreachableException)
        {
            throw new RecordingUnopenedException(request.BaseUrl, ex);
        }

        console.Say(nameof(Texts.ConsoleRecordWalk), request.BaseUrl);
        try
        {
            await operatorWait.UntilDoneAsync(session.Browser.Browser, wizard.Page, enterEnds: true, cancellationToken);
            recorder.Stop();
            await recorder.SnapshotAsync("end", last: true);
        }
        finally
        {
            var summary = await new RecordingWriter(new RecordingScrubber(redactor)).WriteAsync(recorder, directory, request.Language, time.GetLocalNow());
            console.Say(nameof(Texts.ConsoleRecorded), summary.Directory, summary.Answers, summary.Snapshots);
            if (!recorder.ReachedForm)
            {
                console.Say(nameof(Texts.ConsoleRecordShort), labelMap.For(request.Language).FormHeading);
            }
        }

        return ExitCodes.ReachedTheStop;
    }
}

internal sealed class RecordingUnopenedException(Uri baseUrl, Exception inner)
    : OperatorException(new OperatorText(nameof(Texts.RecordingUnopened), baseUrl, inner is Service.ServiceUnreachableException unreachable ? unreachable.Error : inner.Message.Split('\n')[0].Trim()), inner);
