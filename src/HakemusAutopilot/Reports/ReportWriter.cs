using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Service.Resolving;

namespace HakemusAutopilot.Reports;

internal sealed class ReportWriter(Redactor redactor)
{
    public const string JsonName = "report.json";
    public const string MarkdownName = "report.md";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Written as the tool writes all its JSON, from code generated at build time: the first report of a run otherwise
    // spends most of its time learning the model by reflection.
    private static readonly JsonSerializerOptions Options = new(ToolJson.Written) { TypeInfoResolver = ReportJson.Default };

    public async Task WriteAsync(RunReport report, RunFolder folder)
    {
        var json = redactor.Redact(JsonSerializer.Serialize(DocumentOf(report), Options));
        await File.WriteAllTextAsync(folder.File(JsonName), json, Utf8);
        await File.WriteAllTextAsync(folder.File(MarkdownName), redactor.Redact(Markdown(report)), Utf8);
    }

    private static ReportDocument DocumentOf(RunReport report) => new(
        report.Command,
        report.Mode,
        ServiceTime.Of(report.StartedAt),
        report.UiLanguage,
        report.Profile,
        report.Language,
        report.Outcome,
        report.ElapsedMilliseconds,
        Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
        report.DraftSaved,
        report.ProtectionOrderUnticked,
        report.SendButtonReached,
        report.SendGuardLifted,
        report.Fields,
        report.Attachments,
        report.NeedsOperator,
        [.. report.Events.Select(e => new EventLine(ServiceTime.Of(e.At), e.Text.ToString()))],
        report.BlockedRequests,
        report.Presses,
        [.. report.Decisions.DistinctBy(d => (d.Intent, d.Verdict, d.Chosen, d.Score, d.RunnerUp))],
        report.OpenQuestions,
        report.StopScreenshot,
        report.Failure is { } failure
            ? new FailureLine(failure.Step, failure.Message.ToString(), failure.Expected?.ToString(), failure.PageShowed, failure.Screenshot)
            : null,
        report.Steps,
        report.Phases);

    private static string Markdown(RunReport report)
    {
        var language = report.UiLanguage;
        var culture = OperatorText.Culture(language);
        var md = new StringBuilder();
        void Line(string key, params object?[] args) => md.Append(OperatorText.Say(key, language, args)).Append('\n');
        string Say(string key, params object?[] args) => OperatorText.Say(key, language, args);
        string YesNo(bool? value) => Say(value switch { true => nameof(Texts.ReportYes), false => nameof(Texts.ReportNo), null => nameof(Texts.ReportUnknown) });

        Line(nameof(Texts.ReportTitle), report.Command, ServiceTime.Of(report.StartedAt).ToString("d.M.yyyy HH.mm", culture));
        md.Append('\n');
        Line(nameof(Texts.ReportOutcome), Say(OutcomeKey(report.Outcome)));
        Line(nameof(Texts.ReportMode), Say(report.Mode == "live" ? nameof(Texts.ModeLive) : nameof(Texts.ModeRehearsal)), report.Language);
        Line(nameof(Texts.ReportDraftSaved), YesNo(report.DraftSaved));
        Line(nameof(Texts.ReportProtectionOrderUnticked), YesNo(report.ProtectionOrderUnticked));
        Line(report.SendGuardLifted ? nameof(Texts.ReportNotSentLeftToYou) : nameof(Texts.ReportNotSent));
        Line(nameof(Texts.ReportStoppedAtSend), YesNo(report.SendButtonReached));
        Line(nameof(Texts.ReportElapsed), (report.ElapsedMilliseconds / 1000.0).ToString("0.0", culture));
        md.Append('\n');

        if (report.Failure is { } failure)
        {
            Line(report.Outcome == RunOutcome.Cancelled ? nameof(Texts.ReportCancelledHeading) : nameof(Texts.ReportFailedHeading));
            md.Append('\n');
            Line(nameof(Texts.ReportFailedStep), OperatorConsole.StepName(failure.Step).In(language));
            md.Append("- ").Append(failure.Message.In(language)).Append('\n');
            if (failure.Expected is not null)
            {
                Line(nameof(Texts.ReportFailedExpected), failure.Expected.In(language));
            }

            if (failure.Screenshot is not null)
            {
                Line(nameof(Texts.ReportScreenshot), failure.Screenshot);
            }

            if (failure.PageShowed is not null)
            {
                md.Append('\n');
                Line(nameof(Texts.ReportPageShowed));
                md.Append("\n```\n").Append(failure.PageShowed).Append("\n```\n");
            }

            md.Append('\n');
        }

        if (report.NeedsOperator.Count > 0)
        {
            Line(nameof(Texts.ReportNeedsOperatorHeading));
            md.Append('\n');
            foreach (var label in report.NeedsOperator)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {label}\n");
            }

            md.Append('\n');
        }

        if (report.OpenQuestions.Count > 0)
        {
            Line(nameof(Texts.ReportOpenQuestionsHeading));
            md.Append('\n');
            foreach (var question in report.OpenQuestions)
            {
                md.Append(CultureInfo.InvariantCulture, $"### {Cell(question.Target)} ({OperatorConsole.StepName(question.Step).In(language)})\n\n");
                if (question.Screenshot is not null)
                {
                    md.Append(CultureInfo.InvariantCulture, $"![{Cell(question.Target)}]({question.Screenshot})\n\n");
                }

                foreach (var candidate in question.Candidates)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- {Cell(candidate)}\n");
                }

                md.Append('\n');
            }

            if (report.AnswersTemplate is not null)
            {
                Line(nameof(Texts.ReportAnswerHow), report.AnswersTemplate);
                md.Append('\n');
            }
        }

        Line(nameof(Texts.ReportFieldsHeading));
        md.Append('\n');
        Line(nameof(Texts.ReportFieldsTable));
        md.Append("|---|---|---|---|---|\n");
        foreach (var field in report.Fields)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(field.Label)} | {Cell(FieldRecord.Shown(field.Filled, language))} | {Cell(FieldRecord.Shown(field.ReadBack, language))} | {YesNo(field.Verified)} | {YesNo(field.Saved)} |\n");
        }

        // The long texts are the ones to review before sending: the table shows their start, this shows them whole.
        foreach (var field in report.Fields.Where(f => f.Filled.Length > CellLength || f.ReadBack.Length > CellLength))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n### {field.Label}\n\n");
            Line(nameof(Texts.ReportFilled));
            md.Append('\n').Append(Quoted(field.Filled)).Append('\n');
            if (field.ReadBack == field.Filled)
            {
                md.Append('\n');
                Line(nameof(Texts.ReportPageHoldsTheSame));
            }
            else
            {
                md.Append('\n');
                Line(nameof(Texts.ReportPageHolds));
                md.Append('\n').Append(Quoted(field.ReadBack)).Append('\n');
            }
        }

        md.Append('\n');
        Line(nameof(Texts.ReportAttachmentsHeading));
        md.Append('\n');
        foreach (var attachment in report.Attachments)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {attachment.FileName}: {attachment.Description} ({Say(attachment.Attached ? nameof(Texts.ReportAttached) : nameof(Texts.ReportNotAttached))})\n");
        }

        md.Append('\n');
        Line(nameof(Texts.ReportStepsHeading));
        md.Append('\n');
        foreach (var step in report.Steps)
        {
            Line(nameof(Texts.ReportStep), OperatorConsole.StepName(step.Name), Say(StatusKey(step.Status)), (step.Milliseconds / 1000.0).ToString("0.0", culture));
        }

        if (report.Decisions.Count > 0)
        {
            md.Append('\n');
            Line(nameof(Texts.ReportDecisionsHeading));
            md.Append('\n');
            Line(nameof(Texts.ReportDecisionsTable));
            md.Append("|---|---|---|---|---|\n");
            foreach (var d in report.Decisions.Where(d => d.Verdict != "not found").DistinctBy(d => (d.Intent, d.Verdict, d.Chosen, d.Score, d.RunnerUp)))
            {
                var note = VerdictKey(d.Verdict) is { } verdict ? $" ({Say(verdict)})" : string.Empty;
                md.Append(CultureInfo.InvariantCulture, $"| {d.Intent} | {Cell(d.Chosen ?? "–")}{note} | {d.Score:0.00} | {Cell(d.RunnerUp ?? "–")} {(d.RunnerUp is null ? string.Empty : d.RunnerUpScore.ToString("0.00", CultureInfo.InvariantCulture))} | {string.Join(", ", d.Signals)} |\n");
            }
        }

        if (report.Presses.Count > 0)
        {
            md.Append('\n');
            Line(nameof(Texts.ReportPressesHeading));
            md.Append('\n');
            foreach (var press in report.Presses)
            {
                var writes = press.Writes.Count == 0 ? "–" : string.Join(", ", press.Writes);
                md.Append(CultureInfo.InvariantCulture, $"- {press.Intent} (\"{Cell(press.Element)}\"): {writes}\n");
            }
        }

        if (report.Events.Count > 0)
        {
            md.Append('\n');
            Line(nameof(Texts.ReportEventsHeading));
            md.Append('\n');
            foreach (var e in report.Events)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {ServiceTime.Of(e.At):HH:mm:ss} {e.Text.In(language)}\n");
            }
        }

        return md.ToString();
    }

    private static string OutcomeKey(RunOutcome outcome) => outcome switch
    {
        RunOutcome.ReachedTheStop => nameof(Texts.OutcomeReachedTheStop),
        RunOutcome.StoppedForOperator => nameof(Texts.OutcomeStoppedForOperator),
        RunOutcome.Cancelled => nameof(Texts.OutcomeCancelled),
        RunOutcome.Failed => nameof(Texts.OutcomeFailed),
        _ => nameof(Texts.OutcomeRunning),
    };

    private static string StatusKey(string status) => status switch
    {
        "ok" => nameof(Texts.StatusOk),
        "session expired" => nameof(Texts.StatusSessionExpired),
        _ => nameof(Texts.StatusFailed),
    };

    private static string? VerdictKey(string verdict) => verdict switch
    {
        "operator" => nameof(Texts.VerdictOperator),
        "memory" => nameof(Texts.VerdictMemory),
        "answers" => nameof(Texts.VerdictAnswers),
        "skipped" => nameof(Texts.VerdictSkipped),
        _ => null,
    };

    private const int CellLength = 120;

    private static string Cell(string text)
    {
        var flat = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length > CellLength ? string.Concat(flat.AsSpan(0, CellLength - 3), "...") : flat;
    }

    private static string Quoted(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => $"> {line}"));
}

/// <summary>report.json as written: the run report with its times on the service's clock and its texts in the operator's language.</summary>
internal sealed record ReportDocument(
    string Command,
    string Mode,
    DateTimeOffset StartedAt,
    string UiLanguage,
    string? Profile,
    string Language,
    RunOutcome Outcome,
    long ElapsedMilliseconds,
    long PeakMemoryMegabytes,
    bool DraftSaved,
    bool? ProtectionOrderUnticked,
    bool SendButtonReached,
    bool SendGuardLifted,
    IReadOnlyList<FieldRecord> Fields,
    IReadOnlyList<AttachmentRecord> Attachments,
    IReadOnlyList<string> NeedsOperator,
    IReadOnlyList<EventLine> Events,
    IReadOnlyList<string> BlockedRequests,
    IReadOnlyList<PressRecord> Presses,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<OpenQuestionRecord> OpenQuestions,
    string? StopScreenshot,
    FailureLine? Failure,
    IReadOnlyList<StepRecord> Steps,
    IReadOnlyDictionary<string, long> PhasesMilliseconds);

internal sealed record EventLine(DateTimeOffset At, string Text);

internal sealed record FailureLine(string Step, string Message, string? Expected, string? PageShowed, string? Screenshot);

[JsonSerializable(typeof(ReportDocument))]
internal sealed partial class ReportJson : JsonSerializerContext;
