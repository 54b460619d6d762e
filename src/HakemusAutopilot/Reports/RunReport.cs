using System.Diagnostics;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Service.Resolving;

namespace HakemusAutopilot.Reports;

internal enum RunOutcome
{
    Running,
    ReachedTheStop,
    StoppedForOperator,
    Failed,
    Cancelled,
}

internal sealed record StepRecord(string Name, string Status, long Milliseconds);

internal sealed record FieldRecord(string Field, string Label, string Filled, string ReadBack, bool Verified, bool Saved)
{
    public const string Unticked = "unticked";
    public const string Ticked = "TICKED";

    /// <summary>A value as the operator reads it: a box's state in their words, any text as it is.</summary>
    public static string Shown(string value, string language) => value switch
    {
        Unticked => OperatorText.Say(nameof(Texts.BoxUnticked), language),
        Ticked => OperatorText.Say(nameof(Texts.BoxTicked), language),
        _ => value,
    };
}

internal sealed record AttachmentRecord(string FileName, string Description, bool Attached);

/// <summary>A question left open: what the report lists, with the picture in which its candidates are numbered.</summary>
internal sealed record OpenQuestionRecord(string Step, string Intent, string Target, IReadOnlyList<string> Candidates, string? Screenshot);

internal sealed record FailureRecord(string Step, OperatorText Message, OperatorText? Expected, string? PageShowed, string? Screenshot);

/// <summary>Something that happened on the way, at the service's (Helsinki) time.</summary>
internal sealed record EventRecord(DateTimeOffset At, OperatorText Text);

/// <summary>What a run did, collected as it goes so that a failure at any point still leaves a full account.</summary>
internal sealed class RunReport(string command, string mode, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly List<StepRecord> steps = [];
    private readonly Dictionary<string, FieldRecord> fields = new(StringComparer.Ordinal);
    private readonly List<AttachmentRecord> attachments = [];
    private readonly List<EventRecord> events = [];
    private readonly List<string> needsOperator = [];
    private readonly List<string> blockedRequests = [];
    private readonly Dictionary<string, long> phases = new(StringComparer.Ordinal);
    private readonly long started = Stopwatch.GetTimestamp();

    public string Command => command;

    public string Mode => mode;

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    /// <summary>The language of everything the operator reads: the console, report.md.</summary>
    public string UiLanguage { get; set; } = OperatorText.DefaultLanguage;

    public string? Profile { get; set; }

    public string Language { get; set; } = "fi";

    public RunOutcome Outcome { get; set; } = RunOutcome.Running;

    public bool DraftSaved { get; set; }

    public bool? ProtectionOrderUnticked { get; set; }

    public bool SendButtonReached { get; set; }

    public bool SendGuardLifted { get; set; }

    public string? StopScreenshot { get; set; }

    public FailureRecord? Failure { get; set; }

    public IReadOnlyList<PressRecord> Presses { get; set; } = [];

    /// <summary>How the tool found each target: chosen element, score, runner-up and the signals that decided.</summary>
    public IReadOnlyList<Decision> Decisions { get; set; } = [];

    /// <summary>The questions nobody could answer in this run, each with its numbered candidates and their picture.</summary>
    public IReadOnlyList<OpenQuestionRecord> OpenQuestions { get; set; } = [];

    /// <summary>The file in the run folder where support writes the answers for the next run (--answers).</summary>
    public string? AnswersTemplate { get; set; }

    public long ElapsedMilliseconds => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    public IReadOnlyList<StepRecord> Steps { get { lock (gate) { return [.. steps]; } } }

    public IReadOnlyList<FieldRecord> Fields { get { lock (gate) { return [.. fields.Values]; } } }

    public IReadOnlyList<AttachmentRecord> Attachments { get { lock (gate) { return [.. attachments]; } } }

    public IReadOnlyList<EventRecord> Events { get { lock (gate) { return [.. events]; } } }

    public IReadOnlyList<string> NeedsOperator { get { lock (gate) { return [.. needsOperator]; } } }

    public IReadOnlyList<string> BlockedRequests { get { lock (gate) { return [.. blockedRequests]; } } }

    public IReadOnlyDictionary<string, long> Phases { get { lock (gate) { return new Dictionary<string, long>(phases); } } }

    public void AddStep(StepRecord step)
    {
        lock (gate)
        {
            steps.Add(step);
        }
    }

    public void SetField(FieldRecord field)
    {
        lock (gate)
        {
            fields[field.Field] = field;
        }
    }

    public void MarkFieldsSaved()
    {
        lock (gate)
        {
            foreach (var (key, field) in fields.ToArray())
            {
                fields[key] = field with { Saved = true };
            }
        }
    }

    public void AddAttachment(AttachmentRecord attachment)
    {
        lock (gate)
        {
            attachments.Add(attachment);
        }
    }

    public void AddEvent(string key, params object?[] args)
    {
        lock (gate)
        {
            events.Add(new EventRecord(time.GetUtcNow(), new OperatorText(key, args)));
        }
    }

    public void AddNeedsOperator(string label)
    {
        lock (gate)
        {
            needsOperator.Add(label);
        }
    }

    public void AddBlockedRequest(string description)
    {
        lock (gate)
        {
            blockedRequests.Add(description);
        }
    }

    public void AddPhase(string name, long milliseconds)
    {
        lock (gate)
        {
            phases[name] = phases.GetValueOrDefault(name) + milliseconds;
        }
    }

    /// <summary>A phase that began at <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp) and ends now.</summary>
    public void AddPhaseSince(string name, long started) => AddPhase(name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    public async Task<T> PhaseAsync<T>(string name, Func<Task<T>> action)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await action();
        }
        finally
        {
            AddPhaseSince(name, start);
        }
    }
}
