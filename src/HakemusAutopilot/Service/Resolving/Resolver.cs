using System.Globalization;
using System.Text.Json;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Operator;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service.Resolving;

/// <summary>An element the page showed, with the signals read from it in one pass (see page-scan.js).</summary>
internal sealed record Candidate(
    string Id,
    string Kind,
    string Tag,
    string Type,
    string Name,
    string Label,
    string RowHeader,
    string Placeholder,
    string Attributes,
    string Autocomplete,
    string Title,
    string RowText,
    string Section,
    string Group,
    bool Visible,
    bool Enabled,
    bool Checked,
    string Expanded,
    string? Within,
    bool InChrome,
    string Popup,
    string Controls)
{
    public string Describe()
    {
        var shown = FirstOf(Name, Label, Title, Placeholder, Attributes);
        var where = FirstOf(Group, RowHeader, Section);
        return $"{Kind} \"{Cut(shown)}\"" + (where.Length > 0 ? $" ({Cut(where)})" : string.Empty);
    }

    private static string FirstOf(params string[] texts) => texts.FirstOrDefault(t => t.Length > 0) ?? string.Empty;

    private static string Cut(string text) => text.Length > 60 ? string.Concat(text.AsSpan(0, 57), "...") : text;
}

/// <summary>How one intent was decided on a page: what was chosen, by how much, and why. It goes into the run report.</summary>
internal sealed record Decision(string Intent, string Verdict, string? Chosen, double Score, string? RunnerUp, double RunnerUpScore, IReadOnlyList<string> Signals);

internal sealed record Scored(Candidate Candidate, double Score, IReadOnlyList<string> Signals);

/// <summary>A clear winner for an intent, and the element to act on.</summary>
internal sealed record Resolution(Intent Intent, Candidate Candidate, ILocator Locator, Decision Decision)
{
    /// <summary>The CSS selector of <see cref="Locator"/>: the mark the scan left on the element.</summary>
    public string Selector => Resolver.SelectorOf(Candidate);
}

/// <summary>
/// Finds what an intent names on a page it has never seen: reads every candidate once, scores each by the words of
/// its own name, its label, the text before it, its row and its section, and acts only on a clear winner (a
/// threshold, a margin over the runner-up and two agreeing signals). Anything less is not guessed: it is unsure.
/// </summary>
internal sealed class Resolver(IPage page, SendWords sendWords)
{
    public const double Threshold = 0.6;
    public const double Margin = 0.12;

    private static readonly string Script = ReadScript();

    public List<Decision> Decisions { get; } = [];

    public IPage Page => page;

    public async Task<IReadOnlyList<Candidate>> ScanAsync()
    {
        // One string across the wire: Playwright's own encoding of an object graph costs more than the scan itself.
        return JsonSerializer.Deserialize<Candidate[]>(await page.EvaluateAsync<string>(Script), ToolJson.Line) ?? [];
    }

    public ILocator LocatorOf(Candidate candidate) => page.Locator(SelectorOf(candidate));

    /// <summary>The CSS selector of the element the scan tagged as this candidate.</summary>
    public static string SelectorOf(Candidate candidate) => $"[data-hakemus-kohde='{candidate.Id}']";

    /// <summary>The clear winner for the intent on the page as it is now; null when nothing on the page says it.</summary>
    /// <exception cref="UnsureException">Two or more candidates say it about as well, or the best lacks a second signal.</exception>
    public async Task<Resolution?> FindAsync(Intent intent, bool includeHidden = false, IReadOnlyList<Candidate>? scan = null)
    {
        var candidates = scan ?? await ScanAsync();
        var decision = Decide(intent, candidates, includeHidden, out var winner);
        Decisions.Add(decision);
        return winner is null ? null : new Resolution(intent, winner, LocatorOf(winner), decision);
    }

    public Decision Decide(Intent intent, IReadOnlyList<Candidate> candidates, bool includeHidden, out Candidate? winner)
    {
        winner = null;
        var ranked = Rank(intent, candidates, includeHidden);
        if (ranked.Count == 0 || ranked[0].Score < Threshold)
        {
            var nearest = ranked.FirstOrDefault();
            return new Decision(intent.Key, "not found", null, 0, nearest?.Candidate.Describe(), nearest?.Score ?? 0, []);
        }

        var best = ranked[0];
        var rivals = ranked.Skip(1).Where(r => !Nested(r.Candidate, best.Candidate)).ToList();
        var second = rivals.FirstOrDefault();
        if (second is not null && best.Score - second.Score < Margin || best.Signals.Count < 2)
        {
            throw new UnsureException(intent, [best, .. rivals.Where(r => best.Score - r.Score < Margin).Take(4)]);
        }

        winner = best.Candidate;
        return new Decision(intent.Key, "chosen", best.Candidate.Describe(), Math.Round(best.Score, 2), second?.Candidate.Describe(), Math.Round(second?.Score ?? 0, 2), best.Signals);
    }

    public IReadOnlyList<Scored> Rank(Intent intent, IReadOnlyList<Candidate> candidates, bool includeHidden = false)
    {
        var scored = candidates
            .Where(c => Fits(intent.Kind, c.Kind))
            .Where(c => !IsSendControl(c))
            .Select(c => ScoreOf(intent, c))
            .Where(s => s.Score > 0)
            .ToList();
        if (!includeHidden && intent.Kind != TargetKind.File)
        {
            scored = [.. scored.Where(s => s.Candidate.Visible)];
        }

        return [.. scored.OrderByDescending(s => s.Score)];
    }

    /// <summary>The send control is never a candidate for anything: a mixed "Tallenna ja lähetä" included.</summary>
    public bool IsSendControl(Candidate candidate) =>
        candidate.Kind is "button" or "link" or "menuitem" or "tab" or "option" or "radio"
        && (sendWords.Matches(candidate.Name) || sendWords.Matches(candidate.Title));

    /// <summary>The elements that could be what the intent names at all: of its kind, not the send control, saying none of its not-words.</summary>
    public IEnumerable<Candidate> Admissible(Intent intent, IEnumerable<Candidate> candidates) =>
        candidates.Where(c => Fits(intent.Kind, c.Kind) && !IsSendControl(c) && !Denied(intent, c));

    private static bool Denied(Intent intent, Candidate c)
    {
        static bool Says(IReadOnlyList<string> not, params string[] texts) => texts.Any(t => t.Length > 0 && not.Any(n => TextMatch.Holds(n, t)));
        return Says(intent.Not, c.Name, c.Label, c.Title)
            || intent.Section is { } section && Says(section.Not, c.Group, c.RowHeader, c.Section, c.Name, c.Label, c.Placeholder);
    }

    private static bool Nested(Candidate a, Candidate b) => a.Within == b.Id || b.Within == a.Id;

    private static bool Fits(TargetKind kind, string candidate) => kind switch
    {
        TargetKind.Action or TargetKind.Save => candidate is "button" or "link" or "menuitem",
        TargetKind.Tab => candidate is "tab" or "link" or "button",
        TargetKind.Expander => candidate is "button" or "link",
        TargetKind.Item => candidate is "button" or "link" or "menuitem" or "option",
        TargetKind.Choice => candidate is "radio" or "option",
        TargetKind.Text or TargetKind.LongText => candidate is "text" or "longtext",
        TargetKind.Checkbox => candidate is "checkbox",
        TargetKind.File => candidate is "file" or "button" or "link",
        _ => false,
    };

    private static Scored ScoreOf(Intent intent, Candidate c)
    {
        var signals = new List<string>();
        var sources = Sources(intent.Kind, c);
        var best = 0.0;
        foreach (var (source, text, weight) in sources)
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (intent.Not.Any(not => TextMatch.Holds(not, text)))
            {
                return new Scored(c, 0, []);
            }

            var score = intent.Words.Max(w => TextMatch.Score(w.Text, text) * w.Weight) * weight;
            if (score >= 0.5)
            {
                signals.Add(source);
            }

            best = Math.Max(best, score);
        }

        if (best == 0)
        {
            return new Scored(c, 0, []);
        }

        signals.Add($"kind:{c.Kind}");
        if (intent.Kind == TargetKind.Text && c.Kind == "longtext" || intent.Kind == TargetKind.LongText && c.Kind == "text")
        {
            best *= 0.95;
        }

        if (intent.InputType is { } type)
        {
            var says = c.Type == type || c.Autocomplete.Contains(type == "tel" ? "tel" : "email", StringComparison.OrdinalIgnoreCase);
            var saysOther = c.Type is "email" or "tel" && c.Type != type;
            if (says)
            {
                best += 0.1;
                signals.Add("type");
            }
            else if (saysOther)
            {
                best *= 0.5;
            }
        }

        if (intent.Section is { } section)
        {
            var where = new[] { c.Group, c.RowHeader, c.Section }.Where(t => t.Length > 0).ToArray();
            if (where.Concat([c.Name, c.Label, c.Placeholder]).Any(t => section.Not.Any(not => TextMatch.Holds(not, t))))
            {
                return new Scored(c, 0, []);
            }

            var inSection = where.Select(t => section.Words.Max(w => TextMatch.Score(w.Text, t) * w.Weight)).DefaultIfEmpty(0).Max();
            if (inSection < 0.5)
            {
                return new Scored(c, 0, []);
            }

            signals.Add("section");
        }

        if (!c.Enabled)
        {
            best *= 0.9;
        }

        return new Scored(c, best, signals);
    }

    private static (string Source, string Text, double Weight)[] Sources(TargetKind kind, Candidate c) => kind switch
    {
        TargetKind.Item => [("row", c.Title, 1.0), ("name", c.Name, 0.9)],
        TargetKind.Action or TargetKind.Tab or TargetKind.Expander or TargetKind.Save => [("name", c.Name, 1.0)],
        TargetKind.Choice => [("name", c.Name, 1.0), ("label", c.Label, 0.9)],
        TargetKind.Checkbox => [("name", c.Name, 1.0), ("label", c.Label, 0.95)],
        TargetKind.File => [("name", c.Name, 1.0), ("label", c.Label, 0.95), ("title", c.Title, 0.85)],
        _ => [("name", c.Name, 1.0), ("label", c.Label, 0.95), ("placeholder", c.Placeholder, 0.85), ("attributes", c.Attributes, 0.5)],
    };

    private static string ReadScript() =>
        $"() => JSON.stringify(({ElementNames.Read("HakemusAutopilot.Service.Resolving.page-scan.js")})({ElementNames.Script}))";
}

/// <summary>The page offers more than one element that may be what the intent names; the tool does not guess.</summary>
internal sealed class UnsureException(Intent intent, IReadOnlyList<Scored> candidates)
    : OperatorException(new OperatorText(nameof(Texts.Unsure), intent, Listed(candidates))), IStopsForOperator
{
    public Intent Intent => intent;

    public IReadOnlyList<Scored> Candidates => candidates;

    private static string Listed(IReadOnlyList<Scored> candidates) =>
        string.Join("; ", candidates.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {c.Candidate.Describe()} {c.Score:0.00}")));
}
