using HakemusAutopilot.Privacy;
using HakemusAutopilot.Service;

namespace HakemusAutopilot.Drift;

/// <summary>A line for labels.json: the word the page shows nearest to the one the map expected under this key.</summary>
internal sealed record LabelSuggestion(string Key, string Name);

/// <summary>The label map's unconfirmed keys among the words checked, and those the service showed everywhere they were expected.</summary>
internal sealed record UnconfirmedSummary(int Expected, int Seen, IReadOnlyList<string> SeenKeys, IReadOnlyList<string> NotSeenKeys);

/// <summary>An answer the operator gave earlier, and whether the pages checked still show the element it names.</summary>
internal sealed record RememberedAnswer(string Step, string Intent, string Element, bool StillMatches);

/// <summary>What `check` found, as the console and check.json show it; the page's names in it are redacted.</summary>
internal sealed record CheckReport(
    string Source,
    Uri BaseUrl,
    Uri? RecordedFrom,
    bool CanConfirm,
    IReadOnlyList<string> NotRecorded,
    string Language,
    IReadOnlyList<string> Variants,
    DateTimeOffset CheckedAt,
    string Verdict,
    IReadOnlyList<StepFindings> Steps,
    UnconfirmedSummary Unconfirmed,
    IReadOnlyList<LabelSuggestion> Suggestions)
{
    public IReadOnlyList<RememberedAnswer> Remembered { get; init; } = [];

    public const string FileName = "check.json";
    public const string Changed = "changed";
    public const string Incomplete = "incomplete recording";

    public static CheckReport From(CheckRequest request, Provenance provenance, IReadOnlyList<StepFindings> findings, IReadOnlyList<string> notRecorded, Redactor redactor, DateTimeOffset checkedAt)
    {
        WordFinding Redact(WordFinding word) => word with { Name = redactor.Redact(word.Name), Nearest = word.Nearest is null ? null : redactor.Redact(word.Nearest) };
        var steps = findings.Select(s => s with { Found = [.. s.Found.Select(Redact)], Missing = [.. s.Missing.Select(Redact)] }).ToArray();
        return new CheckReport(
            provenance.Source,
            request.BaseUrl,
            provenance.RecordedFrom,
            provenance.CanConfirm,
            notRecorded,
            request.Language,
            [.. request.Variants.Order(StringComparer.Ordinal)],
            checkedAt,
            notRecorded.Count > 0 ? Incomplete : steps.Any(s => s.Missing.Count > 0) ? Changed : "unchanged",
            steps,
            Summarise(steps),
            Suggest(steps));
    }

    private static UnconfirmedSummary Summarise(IReadOnlyList<StepFindings> steps)
    {
        var unconfirmed = steps
            .SelectMany(s => s.Found.Select(w => (Word: w, Found: true)).Concat(s.Missing.Select(w => (Word: w, Found: false))))
            .Where(x => x.Word is { Key: not null, Unconfirmed: true })
            .GroupBy(x => x.Word.Key!, StringComparer.Ordinal)
            .ToArray();
        var seen = unconfirmed.Where(g => g.All(x => x.Found)).Select(g => g.Key).ToArray();
        var notSeen = unconfirmed.Select(g => g.Key).Except(seen, StringComparer.Ordinal).ToArray();
        return new UnconfirmedSummary(unconfirmed.Length, seen.Length, seen, notSeen);
    }

    /// <summary>
    /// The nearest name with its required-field star dropped, as the map holds labels; none where the page shows the
    /// expected word itself, since then the word is right and something else (a legend above it, the layout) moved.
    /// </summary>
    private static LabelSuggestion[] Suggest(IReadOnlyList<StepFindings> steps) =>
        [.. steps.SelectMany(s => s.Missing)
            .Where(w => w is { Key: not null, Nearest: not null } && !Wizard.Exact(w.Name).IsMatch(w.Nearest))
            .Select(w => new LabelSuggestion(w.Key!, w.Nearest!.TrimEnd('*', ' ')))
            .Distinct()];
}
