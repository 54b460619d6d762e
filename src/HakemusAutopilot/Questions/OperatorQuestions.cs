using System.Globalization;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Extensions.Logging;

namespace HakemusAutopilot.Questions;

/// <summary>
/// Where the resolver is not sure, the operator decides, once: an answer from --answers or the site memory is used
/// when the page still shows that element as it was; otherwise the person at the browser is asked, and the answer is
/// remembered. With nobody to ask, the question is left open and the run says so.
/// </summary>
internal sealed class OperatorQuestions(
    Resolver resolver,
    SiteMemory memory,
    SiteMemory? answers,
    BrowserQuestion? asker,
    Func<Question, Task<string?>> picture,
    Redactor redactor,
    RunReport report,
    OperatorConsole console,
    ILogger logger,
    TimeProvider time,
    CancellationToken cancellationToken) : IOperatorAnswers
{
    private readonly List<OpenQuestionRecord> open = [];
    private readonly List<MemoryEntry> template = [];
    private readonly HashSet<(string Step, string Intent)> takenOver = [];

    // Every step that works on the form asks about the same page: an answer given while filling holds at the save and the stop.
    private static readonly HashSet<string> FormSteps = new(StringComparer.Ordinal) { "open-form", "reopen-form", "fill-form", "attachments", "save-draft", "draft-saved", "stop" };

    /// <summary>The walk's step, the first half of every answer's key.</summary>
    public string Step
    {
        get;
        set => field = FormSteps.Contains(value) ? "form" : value;
    } = "start";

    public bool CanAsk => asker is not null;

    public IReadOnlyList<OpenQuestionRecord> Open => open;

    /// <summary>The open questions as an answers file to fill in: support writes the chosen number into "choose".</summary>
    public IReadOnlyList<MemoryEntry> AnswersTemplate => template;

    public string Language => memory.Language;

    /// <summary>The element an earlier answer names for the intent, when the page still shows it as it was.</summary>
    /// <param name="intent">What the walk looks for.</param>
    /// <param name="scan">The page as the resolver read it.</param>
    /// <param name="lastLook">The walk cannot go on without it: an answer the page no longer matches is reported.</param>
    public Resolution? Recall(Intent intent, IReadOnlyList<Candidate> scan, bool lastLook = false) =>
        RecallEntry(intent, scan, lastLook) is ({ } target, _) ? target : null;

    /// <summary>
    /// Decides an intent the resolver could not: from an earlier answer, or by asking. Null when the operator fills it
    /// by hand (only where <paramref name="canSkip"/>); such a field is listed for the operator.
    /// </summary>
    /// <exception cref="OpenQuestionException">Nobody can answer now, and the walk cannot go on without it.</exception>
    /// <param name="intent">What the walk looks for.</param>
    /// <param name="ranked">The resolver's candidates for it, best first; empty when it found none.</param>
    /// <param name="scan">The page as the resolver read it.</param>
    /// <param name="canSkip">Whether the operator may take this one over by hand and let the run go on.</param>
    /// <param name="recall">False where an earlier answer must not stand in for what the page does not show (the turvakielto box).</param>
    /// <param name="taken">Elements the walk has already filled, which are no answer to this question.</param>
    public async Task<Resolution?> AnswerAsync(Intent intent, IReadOnlyList<Scored> ranked, IReadOnlyList<Candidate> scan, bool canSkip, bool recall = true, IReadOnlySet<string>? taken = null)
    {
        if (takenOver.Contains((Step, intent.Key)))
        {
            // The operator has this one already; they are not asked twice in a run.
            return null;
        }

        var (recalled, skip) = recall ? RecallEntry(intent, scan, reportMismatch: true) : (null, false);
        if (recalled is not null)
        {
            return recalled;
        }

        if (skip && canSkip)
        {
            takenOver.Add((Step, intent.Key));
            Decide(intent, "skipped", null, "answers");
            report.AddNeedsOperator(intent.Display);
            return null;
        }

        var question = new Question(Step, intent, Offered(intent, ranked, scan, taken ?? new HashSet<string>()), canSkip);
        if (asker is null)
        {
            await LeaveOpenAsync(question, scan);
            if (canSkip)
            {
                takenOver.Add((Step, intent.Key));
                return null;
            }

            throw new OpenQuestionException(question);
        }

        Candidate? chosen;
        try
        {
            chosen = await asker.AskAsync(question, cancellationToken);
        }
        catch (OpenQuestionException)
        {
            await LeaveOpenAsync(question, scan);
            throw;
        }

        if (chosen is null)
        {
            takenOver.Add((Step, intent.Key));
            Decide(intent, "skipped", null, "operator");
            report.AddNeedsOperator(intent.Display);
            logger.LogInformation("The operator fills {Intent} by hand", intent.Key);
            return null;
        }

        var now = await resolver.ScanAsync();
        var fingerprint = ElementFingerprint.Of(now.FirstOrDefault(c => c.Id == chosen.Id) ?? chosen, now, redactor);
        try
        {
            memory.Remember(new MemoryEntry { Step = Step, Intent = intent.Key, Answer = MemoryEntry.Element, Chosen = fingerprint, AnsweredAt = time.GetUtcNow() });
            report.AddEvent(nameof(Texts.EventOperatorChoseRemembered), fingerprint.Describe(), intent.Display, OperatorConsole.StepName(Step), memory.Path);
            console.Say(nameof(Texts.ConsoleQuestionRemembered), fingerprint.Describe(), memory.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The answer still holds for this run; only the next one will ask again.
            report.AddEvent(nameof(Texts.EventOperatorChoseNotRemembered), fingerprint.Describe(), intent.Display, OperatorConsole.StepName(Step), ex.Message);
            logger.LogWarning("The answer could not be written to {Memory}: {Reason}", memory.Path, ex.Message);
        }

        logger.LogInformation("The operator chose {Element} for {Intent} at step {Step}", fingerprint.Describe(), intent.Key, Step);
        return Resolved(intent, chosen, "operator");
    }

    // A look that does not find an answer's element may be on another page of the form; only a last look is a changed page.
    private (Resolution? Target, bool Skip) RecallEntry(Intent intent, IReadOnlyList<Candidate> scan, bool reportMismatch)
    {
        foreach (var (source, from) in new[] { (answers, "answers"), (memory, "memory") })
        {
            if (source?.Find(Step, intent.Key) is not { } entry)
            {
                continue;
            }

            if (entry.IsSkip)
            {
                return (null, true);
            }

            var remembered = entry.Named!;
            if (remembered.FindIn(scan, intent, resolver, redactor) is { } same)
            {
                logger.LogInformation("Used the {Source}'s answer {Element} for {Intent} at step {Step}", from, remembered.Describe(), intent.Key, Step);
                console.Say(nameof(Texts.ConsoleQuestionRecalled), intent.Display, remembered.Describe());
                return (Resolved(intent, same, from), false);
            }

            if (reportMismatch)
            {
                report.AddEvent(nameof(Texts.EventAnswerStale), source.Path, remembered.Describe(), intent.Display, OperatorConsole.StepName(Step));
                logger.LogWarning("The {Source}'s answer for {Intent} at step {Step} no longer matches the page", from, intent.Key, Step);
            }
        }

        return (null, false);
    }

    private Resolution Resolved(Intent intent, Candidate candidate, string verdict)
    {
        Decide(intent, verdict, candidate.Describe(), verdict);
        return new Resolution(intent, candidate, resolver.LocatorOf(candidate), resolver.Decisions[^1]);
    }

    private void Decide(Intent intent, string verdict, string? chosen, string signal) =>
        resolver.Decisions.Add(new Decision(intent.Key, verdict, chosen, 0, null, 0, [signal]));

    // The resolver's own doubt as it is; for a target it found nothing for, the elements of the right kind, in page order.
    private List<Candidate> Offered(Intent intent, IReadOnlyList<Scored> ranked, IReadOnlyList<Candidate> scan, IReadOnlySet<string> taken) =>
        [.. (ranked.Count > 0 ? ranked.Select(r => r.Candidate) : resolver.Admissible(intent, scan).Where(c => c.Visible || intent.Kind == TargetKind.File))
            .Where(c => !taken.Contains(c.Id))
            .DistinctBy(c => c.Id)
            .Take(Question.MaxCandidates)];

    private async Task LeaveOpenAsync(Question question, IReadOnlyList<Candidate> scan)
    {
        if (open.Any(q => q.Step == question.Step && q.Intent == question.Intent.Key))
        {
            return;
        }

        template.Add(new MemoryEntry { Step = question.Step, Intent = question.Intent.Key, Candidates = [.. question.Candidates.Select(c => ElementFingerprint.Of(c, scan, redactor))], Choose = null });
        var shot = await picture(question);
        open.Add(new OpenQuestionRecord(
            question.Step,
            question.Intent.Key,
            redactor.Redact(question.Intent.ToString()),
            [.. question.Candidates.Select((c, i) => redactor.Redact(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {c.Describe()}")))],
            shot));
        report.OpenQuestions = open;
        if (question.CanSkip)
        {
            report.AddNeedsOperator(question.Intent.Display);
        }
    }
}
