using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Service.Resolving;

namespace HakemusAutopilot.Questions;

/// <summary>
/// What an element looked like when the operator named it: its kind, its names and where it sat. Texts that look like
/// personal data are masked before they are kept, so the memory never holds any, and the page is masked the same way
/// before it is compared.
/// </summary>
internal sealed record ElementFingerprint(string Kind, string Tag, string Type, string Name, string Label, string Section, string Group, string Row, int Place)
{
    public static ElementFingerprint Of(Candidate candidate, IReadOnlyList<Candidate> scan, Redactor redactor)
    {
        var place = scan.Where(c => c.Kind == candidate.Kind).ToList().FindIndex(c => c.Id == candidate.Id);
        string Kept(string text) => redactor.Redact(Regex.Replace(text, @"[\s*]+$|^\s+", string.Empty).ReplaceLineEndings(" "));
        return new ElementFingerprint(candidate.Kind, candidate.Tag, candidate.Type, Kept(candidate.Name), Kept(candidate.Label), Kept(candidate.Section), Kept(candidate.Group), Kept(candidate.RowHeader), place);
    }

    /// <summary>The same element when it says the same things in the same section; its place only tells two alike apart.</summary>
    public bool SaysTheSameAs(ElementFingerprint other) =>
        (Kind, Tag, Type, Name, Label, Section, Group, Row) == (other.Kind, other.Tag, other.Type, other.Name, other.Label, other.Section, other.Group, other.Row);

    public string Describe() => $"{Kind} \"{FirstOf(Name, Label)}\"" + (FirstOf(Group, Row, Section) is { Length: > 0 } where ? $" ({where})" : string.Empty);

    /// <summary>
    /// The element of the page this fingerprint names, when the page still shows it as it was and it could still be
    /// the intent at all; two alike are told apart by their place, and a doubt between them is no match.
    /// </summary>
    public Candidate? FindIn(IReadOnlyList<Candidate> scan, Intent intent, Resolver resolver, Redactor redactor)
    {
        // The intent must still say something of the element: a page that renamed it into something else is asked again.
        var scoring = resolver.Rank(intent, scan, includeHidden: true).Select(r => r.Candidate.Id).ToHashSet(StringComparer.Ordinal);
        var alike = resolver.Admissible(intent, scan)
            .Where(c => scoring.Contains(c.Id))
            .Select(c => (Candidate: c, Fingerprint: Of(c, scan, redactor)))
            .Where(c => c.Fingerprint.SaysTheSameAs(this))
            .ToList();
        return alike.Count == 1 ? alike[0].Candidate : alike.FirstOrDefault(c => c.Fingerprint.Place == Place).Candidate;
    }

    private static string FirstOf(params string[] texts) => texts.FirstOrDefault(t => t.Length > 0) ?? string.Empty;
}

/// <summary>One answer: for a step and an intent, the element the operator named, or "skip" (the operator fills it by hand).</summary>
internal sealed record MemoryEntry
{
    public const string Element = "element";
    public const string Skip = "skip";

    public required string Step { get; init; }

    public required string Intent { get; init; }

    /// <summary>"element" or "skip"; left out in an answers template until support fills <see cref="Choose"/>.</summary>
    public string? Answer { get; init; }

    public ElementFingerprint? Chosen { get; init; }

    /// <summary>In an answers template: the numbered candidates of an open question, and the number support chose.</summary>
    public IReadOnlyList<ElementFingerprint>? Candidates { get; init; }

    // Written even when empty, so that support sees where the number goes.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Choose { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>The element this entry names: the one chosen, or the candidate numbered by <see cref="Choose"/>.</summary>
    [JsonIgnore]
    public ElementFingerprint? Named => Chosen ?? (Choose is { } n && Candidates is { } list && n >= 1 && n <= list.Count ? list[n - 1] : null);

    [JsonIgnore]
    public bool IsSkip => Answer == Skip;
}

internal sealed record MemoryFile(string Format, int Version, string Language, IReadOnlyList<MemoryEntry> Entries)
{
    public const string FormatName = "hakemus-autopilot/site-memory";
}

/// <summary>
/// The operator's answers, kept as a plain, reviewable JSON file (schemas/site-memory.schema.json) per service
/// language, or given for one run with --answers. A file that is broken or not a memory is refused at start.
/// </summary>
internal sealed class SiteMemory
{
    // A memory file is read strictly: a misspelt key is a mistake to point at, not a value to drop.
    private static readonly JsonSerializerOptions Json = new(ToolJson.Edited)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private readonly List<MemoryEntry> entries;

    private SiteMemory(string path, string language, List<MemoryEntry> entries, bool writable)
    {
        Path = path;
        Language = language;
        this.entries = entries;
        Writable = writable;
    }

    public string Path { get; }

    public string Language { get; }

    public bool Writable { get; }

    public IReadOnlyList<MemoryEntry> Entries => entries;

    public static string FileName(string language) => $"site-memory.{language}.json";

    /// <summary>The memory beside the label map; a missing file is an empty memory.</summary>
    public static SiteMemory Open(string folder, string language)
    {
        var path = System.IO.Path.Combine(folder, FileName(language));
        return File.Exists(path) ? Read(path, language, writable: true) : new SiteMemory(path, language, [], writable: true);
    }

    /// <summary>An answers file for one run: read only, and it must exist.</summary>
    public static SiteMemory Answers(string path, string language) =>
        File.Exists(path) ? Read(System.IO.Path.GetFullPath(path), language, writable: false) : throw new InvalidInputException(new OperatorText(nameof(Texts.AnswersFileMissing), path));

    public MemoryEntry? Find(string step, string intent) =>
        entries.LastOrDefault(e => e.Step == step && e.Intent == intent);

    public void Remember(MemoryEntry entry)
    {
        entries.RemoveAll(e => e.Step == entry.Step && e.Intent == entry.Intent);
        entries.Add(entry);
        Write(Path, Language, entries);
    }

    public static void Write(string path, string language, IReadOnlyList<MemoryEntry> entries)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new MemoryFile(MemoryFile.FormatName, 1, language, entries), Json) + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    private static SiteMemory Read(string path, string language, bool writable)
    {
        MemoryFile? file;
        try
        {
            file = JsonSerializer.Deserialize<MemoryFile>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw Broken(path, ex.Path is { Length: > 1 } at ? $"at {at}: {ex.Message.Split(" Path:")[0]}" : ex.Message.Split(" Path:")[0]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Broken(path, ex.Message);
        }

        if (file is null || file.Format != MemoryFile.FormatName)
        {
            throw Broken(path, $"it is not a site memory (\"format\" must be \"{MemoryFile.FormatName}\")");
        }

        if (file.Version != 1 || file.Language != language)
        {
            throw Broken(path, $"it is version {file.Version} for language '{file.Language}'; this run needs version 1 for '{language}'");
        }

        for (var i = 0; i < file.Entries.Count; i++)
        {
            var entry = file.Entries[i];
            var problem = entry switch
            {
                null => "it is empty",
                { Step.Length: 0 } or { Intent.Length: 0 } => "it needs a step and an intent",
                { Answer: not (null or MemoryEntry.Element or MemoryEntry.Skip) } => $"\"answer\" is \"{entry.Answer}\"; it must be \"element\" or \"skip\"",
                { Answer: MemoryEntry.Element, Named: null } => "it answers \"element\" but names none (give \"chosen\", or \"choose\" with the number of one of its candidates)",
                { Answer: null, Choose: not null, Named: null } => $"\"choose\" is {entry.Choose}, which is not the number of one of its candidates",
                _ => null,
            };
            if (problem is not null)
            {
                throw Broken(path, entry is null ? $"entry {i + 1}: {problem}" : $"entry {i + 1} ({entry.Step}, {entry.Intent}): {problem}");
            }
        }

        // An unanswered question of a template is kept out: it answers nothing.
        return new SiteMemory(path, language, [.. file.Entries.Where(e => e.IsSkip || e.Named is not null)], writable);
    }

    private static InvalidInputException Broken(string path, string reason) =>
        new(new OperatorText(nameof(Texts.SiteMemoryBroken), path, reason));
}
