using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Guides;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Questions;
using HakemusAutopilot.Recording;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace HakemusAutopilot.Walk;

internal enum RunMode
{
    Rehearsal,
    Live,
}

internal sealed record RunRequest(
    RunMode Mode,
    string? ProfilePath,
    Uri BaseUrl,
    bool Headless,
    bool SimulatedLogin,
    bool ExitAtReview,
    bool KeepSession,
    string UiLanguage,
    string? FixturesDirectory = null,
    IReadOnlySet<string>? Variants = null,
    GuideRequest? Guide = null,
    string? RecordDirectory = null,
    string? AnswersPath = null);

internal sealed record GuideRequest(string OutDirectory, bool ShowExampleValues, string? NotesPath = null);

/// <summary>One run of the tool against the service or its replica: profile, browser, walk, stop, report.</summary>
internal sealed partial class RunSession(
    ServiceSessions sessions,
    ProfileGate profiles,
    LabelMap labelMap,
    Redactor redactor,
    RunLogSink runLog,
    ReportWriter reports,
    IOptions<RunsOptions> runs,
    ILoggerFactory loggers,
    TimeProvider time,
    IOptions<GuideOptions> guideOptions,
    OperatorWait operatorWait,
    IOperatorInput keyboard,
    IOptions<SiteMemoryOptions> memoryOptions,
    WalkStart start,
    IEnumerable<IRunObserver> observers) : IOpensBrowser
{
    public const string JournalName = "journal.jsonl";
    public const string StopScreenshotName = "stop.png";
    public const string LastPageScreenshotName = "last-page.png";
    public const string AnswersTemplateName = "answers-template.json";

    private readonly ILogger logger = loggers.CreateLogger<RunSession>();

    public ReplicaBackend? Backend { get; private set; }

    public RunReport? Report { get; private set; }

    public RunFolder? Folder { get; private set; }

    public async Task<int> RunAsync(RunRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        using var console = new OperatorConsole(output, request.UiLanguage);
        var report = Report = new RunReport(request.Guide is not null ? "guide" : request.Mode == RunMode.Rehearsal ? "rehearse" : "run", request.Mode.ToString().ToLowerInvariant(), time) { UiLanguage = request.UiLanguage };
        var loading = Stopwatch.GetTimestamp();
        var (_, plan) = profiles.Load(request.ProfilePath, output, request.UiLanguage);
        report.AddPhaseSince("profile", loading);
        if (request.Guide is { ShowExampleValues: true } && !IsBundledExample(request.ProfilePath ?? ProfileGate.DefaultProfilePath))
        {
            throw new InvalidInputException(new OperatorText(nameof(Texts.ExampleValuesOnlyForExamples)));
        }

        if (request.Mode == RunMode.Live && request.Headless && !request.SimulatedLogin)
        {
            console.Say(nameof(Texts.ConsoleHeadlessLive));
        }

        // A writer's notes that cannot be merged are refused before a browser opens, like a broken profile.
        var notes = request.Guide?.NotesPath is { } notesPath ? GuideNotes.Load(notesPath) : GuideNotes.None;

        if (request.RecordDirectory is not null)
        {
            RecordingWriter.EnsureUsable(request.RecordDirectory);
        }

        // A broken memory or answers file is refused before a browser opens, like a broken profile.
        var memory = SiteMemory.Open(memoryOptions.Value.Folder ?? Path.GetDirectoryName(labelMap.Path)!, plan.Language);
        var answers = request.AnswersPath is null ? null : SiteMemory.Answers(request.AnswersPath, plan.Language);

        report.Profile = Path.GetFileName(request.ProfilePath ?? ProfileGate.DefaultProfilePath);
        report.Language = plan.Language;
        redactor.AddKnownValues(plan.Fields.Where(f => f.IsPersonal).Select(f => f.Value));
        var labels = labelMap.For(plan.Language);

        var folder = Folder = RunFolder.Create(runs.Value.Root, time);
        runLog.Open(folder.File(RunLogSink.FileName));
        logger.LogInformation("Run folder {Folder}, mode {Mode}, base URL {BaseUrl}", folder.Path, request.Mode, request.BaseUrl);

        RehearsalRouting? routing = null;
        if (request.Mode == RunMode.Rehearsal)
        {
            routing = RehearsalRouting.ForFixtures(
                request.FixturesDirectory ?? Defaults.Fixtures, request.Variants ?? new HashSet<string>(), plan.Language, request.Guide is null ? time : FixedTimeProvider.GuideDay, loggers);
            Backend = routing.Backend;
        }

        var tracing = sessions.Options.Tracing;
        ServiceRecorder? recorder = null;
        await using var session = await sessions.OpenAsync(new SessionRequest(request.Headless, LoopbackOnly: request.Mode == RunMode.Rehearsal, plan.Language)
        {
            DeviceScale = request.Guide is null ? null : guideOptions.Value.DeviceScale,
            Prepare = async context =>
            {
                if (tracing)
                {
                    logger.LogWarning("Tracing is on: the trace in the run folder holds the pages' text, personal data included");
                    console.Say(nameof(Texts.ConsoleTracing));
                    await context.Tracing.StartAsync(new() { Screenshots = true, Snapshots = true });
                }

                if (routing is not null)
                {
                    await routing.AttachAsync(context);
                }

                recorder = RecorderFor(request, context);
            },
            OverlayClosed = (name, text) =>
            {
                var shown = redactor.Redact(text);
                report.AddEvent(nameof(Texts.EventOverlayClosed), name, shown);
                console.Say(nameof(Texts.ConsoleOverlayClosed), name, shown);
            },
        });
        report.AddPhase("browser-launch", (long)session.LaunchTook.TotalMilliseconds);
        report.AddPhase("page-open", (long)session.OpenTook.TotalMilliseconds);
        var opening = Stopwatch.GetTimestamp();
        var (browser, wizard, context) = (session.Browser, session.Wizard, session.Context);
        var page = wizard.Page;
        foreach (var observer in observers)
        {
            await observer.PageOpenedAsync(page);
        }

        report.AddPhaseSince("page-open", opening);

        var dialogs = new DialogWatch(redactor);
        dialogs.Attach(page);
        var settings = new WalkSettings(
            request.BaseUrl,
            request.SimulatedLogin,
            TimeSpan.FromMinutes(sessions.Options.LoginTimeoutMinutes),
            TimeSpan.FromSeconds(30),
            labelMap.Path)
        {
            FormAddress = start.FormAddress,
        };
        var mask = new ScreenshotMask(page, wizard.SignedInUser, redactor, request.Guide is null ? null : guideOptions.Value.Mask);
        recorder?.Watch(wizard);
        var camera = request.Guide is null ? null : GuideCameraFor(request, page, mask);
        var walk = new ApplicationWalk(wizard, settings, plan, report, console, dialogs, redactor, logger, (IStepCamera?)camera ?? recorder);
        var asker = keyboard.CanAnswer(request.Headless)
            ? new BrowserQuestion(page, wizard.Resolver, keyboard, console, redactor, settings.LoginTimeout, settings.LoginReportEvery, logger)
            : null;
        var questions = new OperatorQuestions(
            wizard.Resolver, memory, answers, asker, q => QuestionPictureAsync(page, q, folder, mask, walk.PersonalFields), redactor, report, console, logger, time, cancellationToken);
        wizard.Questions = questions;

        try
        {
            await walk.WalkToTheStopAsync(cancellationToken);
            if (camera is not null)
            {
                console.Progress("guide");
                var words = GuideWords.For(plan.Language, labels, key => labelMap.IsConfirmed(plan.Language, key));
                var subtitle = request.Mode == RunMode.Rehearsal ? words.FromReplica : words.FromService;
                var guide = await report.PhaseAsync("guide", () => new GuideWriter(browser.Browser).WriteAsync(
                    Path.GetFullPath(request.Guide!.OutDirectory), camera.ImagesFolder, camera.Shots, words, subtitle, notes));
                console.Say(nameof(Texts.ConsoleGuide), guide.HtmlPath, guide.PdfPath);
            }
            else
            {
                // The view the operator has at the stop, the send button in it (a guide has pictured the stop already):
                // the report lists every field, and a whole long form takes the browser three times as long to draw.
                report.StopScreenshot = await report.PhaseAsync("stop-screenshot", () => ScreenshotAsync(page, folder.File(StopScreenshotName), mask, walk.PersonalFields, fullPage: false));
            }

            var exit = Judge(report);
            if (request.Guide is null)
            {
                Summarise(console, report, labels, folder, request);
            }
            // The walk's last step has already been snapshotted; what the operator does from here is theirs.
            recorder?.Stop();

            if (request.Mode == RunMode.Live)
            {
                await session.Guard.LiftAsync(page);
                report.SendGuardLifted = true;
                logger.LogInformation("Handed over to the operator; the send guard is lifted and the tool touches nothing more");
                foreach (var observer in observers)
                {
                    await observer.HandedOverAsync(page);
                }
            }

            if (request.KeepSession)
            {
                var state = folder.File("session-state.json");
                await context.StorageStateAsync(new() { Path = state });
                console.Say(nameof(Texts.ConsoleKeepSession), state);
            }

            if (!request.ExitAtReview && !request.Headless)
            {
                // The operator reads the report while reviewing; it is written again, whole, when the browser closes.
                await reports.WriteAsync(report, folder);
                await WaitForOperatorAsync(browser, page, console, request.Mode, cancellationToken);
            }

            return exit;
        }
        catch (OperationCanceledException)
        {
            report.Outcome = RunOutcome.Cancelled;
            report.AddEvent(nameof(Texts.EventCancelled), OperatorConsole.StepName(walk.CurrentStep));
            // What the page showed when the operator stopped it, if the browser is still there to show it.
            report.Failure = new FailureRecord(walk.CurrentStep, new OperatorText(nameof(Texts.FailureCancelled)), null, null,
                await ScreenshotAsync(page, folder.File(LastPageScreenshotName), mask, walk.PersonalFields, QuickScreenshotTimeout));
            console.Say(nameof(Texts.ConsoleReport), folder.File(ReportWriter.MarkdownName));
            throw;
        }
        catch (Exception ex)
        {
            var step = ex is StepFailedException failed ? failed.Step : walk.CurrentStep;
            var cause = ex is StepFailedException { InnerException: { } inner } ? inner : ex;
            var forOperator = cause is IStopsForOperator;
            report.Outcome = forOperator ? RunOutcome.StoppedForOperator : RunOutcome.Failed;
            if (cause is UnsureException unsure)
            {
                report.AddNeedsOperator(unsure.Intent.Display);
                report.OpenQuestions = [.. questions.Open, new OpenQuestionRecord(step, unsure.Intent.Key, unsure.Intent.ToString(), [.. unsure.Candidates.Select((c, i) => redactor.Redact($"{i + 1}. {c.Candidate.Describe()} ({c.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}: {string.Join(", ", c.Signals)})"))], null)];
            }
            else if (cause is OpenQuestionException open)
            {
                report.AddNeedsOperator(open.Question.Intent.Display);
            }
            else if (cause is ProtectionOrderNotFoundException or ProtectionOrderTickedException)
            {
                report.AddNeedsOperator(labels.ProtectionOrder);
            }
            var expected = (ex as StepFailedException)?.Expected;
            var message = Describe(cause, expected, request.BaseUrl);
            if (routing?.NotRecorded.FirstOrDefault() is { } missing)
            {
                message = new OperatorText(nameof(Texts.FailureNotRecorded), message, missing);
            }

            logger.LogError("Step {Step} failed: {Reason}", step, message);
            logger.LogInformation(cause, "Details of the failure at step {Step}", step);
            report.Failure = new FailureRecord(
                step,
                message,
                expected,
                await PageShowedAsync(page),
                await ScreenshotAsync(page, folder.File(LastPageScreenshotName), mask, walk.PersonalFields));
            console.Say(nameof(Texts.Verbatim), redactor.Redact(new OperatorText(nameof(Texts.ConsoleFailed), OperatorConsole.StepName(step), message).In(request.UiLanguage)));
            console.Say(nameof(Texts.ConsoleReport), folder.File(ReportWriter.MarkdownName));
            throw new RunFailedException(step, folder.Path, message.ToString(), cause);
        }
        finally
        {
            if (questions.AnswersTemplate.Count > 0)
            {
                SiteMemory.Write(folder.File(AnswersTemplateName), questions.Language, questions.AnswersTemplate);
                report.AnswersTemplate = AnswersTemplateName;
                console.Say(nameof(Texts.ConsoleQuestionsOpen), questions.AnswersTemplate.Count, folder.File(questions.Open.FirstOrDefault(q => q.Screenshot is not null)?.Screenshot ?? LastPageScreenshotName), folder.File(AnswersTemplateName));
            }

            report.Presses = wizard.Clicker.Actions.Presses;
            report.Decisions = [.. wizard.Resolver.Decisions];
            foreach (var blocked in routing?.Blocked.ToArray() ?? [])
            {
                report.AddBlockedRequest(blocked);
            }

            if (routing?.Recording is not null)
            {
                report.AddEvent(nameof(Texts.EventPlayedBack), request.FixturesDirectory, routing.Recording.RecordedOrigin);
            }

            if (tracing)
            {
                await TryAsync(() => context.Tracing.StopAsync(new() { Path = folder.File("trace.zip") }));
            }

            if (recorder is not null)
            {
                await WriteRecordingAsync(recorder, request, plan.Language, report, console);
            }

            // Nothing reads the page from here on: the browser closes while the report is written.
            var closing = session.CloseAsync();
            await reports.WriteAsync(report, folder);
            if (Backend is not null)
            {
                await File.WriteAllLinesAsync(folder.File(JournalName), Backend.Journal.Entries.Select(JournalLine), CancellationToken.None);
            }

            await closing;
        }
    }

    // Attachment contents are dropped and text left unescaped, so that the redactor sees every name as written.
    private string JournalLine(JournalEntry entry)
    {
        var body = AttachmentContent().Replace(entry.Body, m => $"\"sisaltoBase64\":\"({m.Groups[1].Length} merkkiä)\"");
        return redactor.Redact(JsonSerializer.Serialize(entry with { Body = body }, ToolJson.Line));
    }

    [GeneratedRegex("\"sisaltoBase64\"\\s*:\\s*\"([^\"]*)\"")]
    private static partial Regex AttachmentContent();

    private OperatorText Describe(Exception cause, OperatorText? expected, Uri baseUrl) => cause switch
    {
        TimeoutException when expected is not null =>
            new OperatorText(nameof(Texts.FailureTimeout), expected, sessions.Options.ActionTimeoutSeconds),
        PlaywrightException playwright when ServiceUnreachableException.From(playwright, baseUrl) is { } unreachable => unreachable.Text,
        OperatorException forOperator => forOperator.Text,
        _ => new OperatorText(nameof(Texts.FailureUnforeseen), cause.Message.Split("\nCall log:", 2)[0].Trim()),
    };


    private static bool IsBundledExample(string profilePath)
    {
        var folder = new FileInfo(profilePath).Directory;
        return folder is { Name: "profiles", Parent.Name: "fixtures" };
    }

    // The run's own outcome comes first: a recording that cannot be written is reported, not thrown over it.
    private async Task WriteRecordingAsync(ServiceRecorder recorder, RunRequest request, string language, RunReport report, OperatorConsole console)
    {
        try
        {
            await recorder.SnapshotAsync("last", last: true);
            var recording = await new RecordingWriter(new RecordingScrubber(redactor)).WriteAsync(recorder, request.RecordDirectory!, language, time.GetLocalNow());
            report.AddEvent(nameof(Texts.EventRecorded), recording.Directory, recording.Answers, recording.Snapshots);
            console.Say(nameof(Texts.ConsoleRecorded), recording.Directory, recording.Answers, recording.Snapshots);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlaywrightException)
        {
            logger.LogError("The recording could not be written to {Folder}: {Reason}", request.RecordDirectory, ex.Message);
            report.AddEvent(nameof(Texts.EventRecordingNotWritten), ex.Message);
        }
    }

    private ServiceRecorder? RecorderFor(RunRequest request, IBrowserContext context)
    {
        if (request.RecordDirectory is null)
        {
            return null;
        }

        var recorder = new ServiceRecorder(request.Mode == RunMode.Rehearsal ? Defaults.ServiceOrigin : request.BaseUrl, time, logger);
        recorder.Attach(context);
        return recorder;
    }

    private const float ScreenshotTimeout = 120_000;
    private const float QuickScreenshotTimeout = 5_000;
    private const string GuideImages = "images";

    private GuideCamera GuideCameraFor(RunRequest request, IPage page, ScreenshotMask mask)
    {
        var images = Path.GetFullPath(Path.Combine(request.Guide!.OutDirectory, GuideImages));
        Directory.CreateDirectory(images);
        foreach (var old in Directory.EnumerateFiles(images))
        {
            File.Delete(old);
        }

        return new GuideCamera(page, images, guideOptions.Value.DeviceScale, request.Guide.ShowExampleValues ? null : mask, redactor);
    }

    private static int Judge(RunReport report)
    {
        if (report.NeedsOperator.Count > 0)
        {
            report.Outcome = RunOutcome.StoppedForOperator;
            return ExitCodes.StoppedForOperator;
        }

        var unverified = report.Fields.Where(f => !f.Verified).Select(f => f.Label).ToArray();
        if (unverified.Length > 0 || report.ProtectionOrderUnticked != true || !report.SendButtonReached)
        {
            report.Outcome = RunOutcome.Failed;
            report.Failure = new FailureRecord(
                "stop",
                unverified.Length > 0 ? new OperatorText(nameof(Texts.FailureUnverified), string.Join(", ", unverified)) : new OperatorText(nameof(Texts.FailureChecksDidNotHold)),
                new OperatorText(nameof(Texts.ExpectedAtTheStop)),
                null,
                report.StopScreenshot);
            return ExitCodes.Failed;
        }

        report.Outcome = RunOutcome.ReachedTheStop;
        return ExitCodes.ReachedTheStop;
    }

    private static void Summarise(OperatorConsole console, RunReport report, ServiceLabels labels, RunFolder folder, RunRequest request)
    {
        // With --exit-at-review the browser closes with the process: a live draft is reviewed in the service, a rehearsal's is gone.
        console.Say(
            (request.ExitAtReview, request.Mode, report.DraftSaved) switch
            {
                (false, _, true) => nameof(Texts.ConsoleStop),
                (false, _, false) => nameof(Texts.ConsoleStopUnsaved),
                (true, RunMode.Live, _) => nameof(Texts.ConsoleReviewExit),
                _ => nameof(Texts.ConsoleRehearsalDone),
            },
            labels.SendButton);
        foreach (var field in report.Fields)
        {
            console.Say(nameof(Texts.ConsoleField), field.Label, Abbreviate(FieldRecord.Shown(field.Filled, console.Language)));
        }

        if (report.NeedsOperator.Count > 0)
        {
            console.Say(nameof(Texts.ConsoleNeedsOperator), string.Join(", ", report.NeedsOperator));
        }

        console.Say(nameof(Texts.ConsoleReport), folder.File(ReportWriter.MarkdownName));
    }

    private static string Abbreviate(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length > 70 ? string.Concat(flat.AsSpan(0, 67), "...") : flat;
    }

    private async Task WaitForOperatorAsync(LaunchedBrowser browser, IPage page, OperatorConsole console, RunMode mode, CancellationToken cancellationToken)
    {
        console.Say(mode == RunMode.Rehearsal ? nameof(Texts.ConsolePressEnter) : nameof(Texts.ConsoleCloseBrowser));
        await operatorWait.UntilDoneAsync(browser.Browser, page, enterEnds: mode == RunMode.Rehearsal, cancellationToken);
        logger.LogInformation("The operator finished the review");
    }

    // The picture of an open question numbers its candidates as the console would have listed them.
    private async Task<string?> QuestionPictureAsync(IPage page, Question question, RunFolder folder, ScreenshotMask mask, IReadOnlyList<ILocator> personalFields)
    {
        try
        {
            await BrowserQuestion.OutlineAsync(page, question.Candidates);
        }
        catch (PlaywrightException ex)
        {
            logger.LogWarning("The question's candidates could not be outlined: {Reason}", ex.Message.Split('\n')[0]);
        }

        var name = $"question-{question.Step}-{question.Intent.Key}.png";
        var shot = await ScreenshotAsync(page, folder.File(name), mask, personalFields);
        await BrowserQuestion.ClearAsync(page);
        return shot;
    }

    private async Task<string?> ScreenshotAsync(IPage page, string path, ScreenshotMask mask, IReadOnlyList<ILocator> personalFields, float timeout = ScreenshotTimeout, bool fullPage = true)
    {
        try
        {
            await page.ScreenshotAsync(new()
            {
                Path = path,
                FullPage = fullPage,
                Animations = ScreenshotAnimations.Disabled,
                Mask = await mask.LocatorsAsync(personalFields),
                MaskColor = ScreenshotMask.Color,
                // The run's own pictures are for reading, not printing; a busy machine takes its time with a long page.
                Scale = ScreenshotScale.Css,
                Timeout = timeout,
            });
            return Path.GetFileName(path);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            logger.LogWarning("No screenshot: {Reason}", ex.Message.Split('\n')[0]);
            return null;
        }
    }

    private async Task<string?> PageShowedAsync(IPage page)
    {
        try
        {
            // Only the main content: the header names the signed-in person, whom the redactor does not know.
            // A page with no main landmark: its text without the header, menus and footer, where names are shown.
            var main = page.Locator("main, [role=main]");
            var snapshot = await main.CountAsync() == 1
                ? await main.AriaSnapshotAsync(new() { Timeout = 5000 })
                : await page.EvaluateAsync<string>("() => { const copy = document.body.cloneNode(true); copy.querySelectorAll('header, nav, footer, [role=banner], [role=navigation], [role=menu], [role=contentinfo], script, style').forEach(e => e.remove()); return copy.textContent.split('\\n').map(l => l.trim()).filter(Boolean).join('\\n'); }");
            var lines = snapshot.Split('\n');
            var shown = string.Join('\n', lines.Take(80)) + (lines.Length > 80 ? "\n…" : string.Empty);
            return $"{redactor.Redact(page.Url)}\n{redactor.Redact(shown)}";
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return null;
        }
    }

    private static async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (PlaywrightException)
        {
            // The browser is already gone; what it held is lost with it.
        }
    }
}

/// <summary>A run that stopped before the stop; the operator has been told why, and <see cref="Exception.InnerException"/> is the cause.</summary>
internal sealed class RunFailedException(string step, string folder, string message, Exception inner)
    : Exception($"The run stopped at step '{step}': {message} The report is in {folder}.", inner), IAlreadyTold
{
    public string Folder => folder;
}
