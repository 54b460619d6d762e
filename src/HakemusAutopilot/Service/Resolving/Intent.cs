using System.Text.Json;

namespace HakemusAutopilot.Service.Resolving;

/// <summary>What a target of the walk is, which shapes of element can be it.</summary>
internal enum TargetKind
{
    Action,
    Tab,
    Expander,
    Item,
    Choice,
    Text,
    LongText,
    Checkbox,
    File,
    Save,
    Section,
}

/// <summary>A word of an intent and how much it is worth: DVV's own words most, our guesses less.</summary>
internal sealed record IntentWord(string Text, double Weight);

/// <summary>Further words for one intent in one language: synonyms (our guesses) and words that must not match.</summary>
internal sealed record IntentWords(IReadOnlyList<string>? Also = null, IReadOnlyList<string>? Not = null);

/// <summary>A target of the walk described by what it means, not by where it sits.</summary>
internal sealed record Intent(string Key, TargetKind Kind, IReadOnlyList<IntentWord> Words, IReadOnlyList<string> Not, Intent? Section = null, string? InputType = null)
{
    /// <summary>The intent's first word, as the operator reads it in messages.</summary>
    public string Display => Words.Count > 0 ? Words[0].Text : Key;

    public override string ToString() => Section is null ? $"\"{Display}\"" : $"\"{Display}\" ({Section.Display})";
}

/// <summary>
/// Every target of the walk in one language: its kind here, its words from the label map. The label map's own word
/// for a key is the strongest evidence (DVV's word where DVV gave one); <c>intents</c> in labels.json adds our guesses
/// and the words that must not match, as data.
/// </summary>
internal sealed class IntentMap
{
    private static readonly (string Key, TargetKind Kind, string? Section, string? InputType)[] Catalogue =
    [
        ("identify", TargetKind.Action, null, null),
        ("logOut", TargetKind.Action, null, null),
        ("startNewApplication", TargetKind.Action, null, null),
        ("publicAdministrationTab", TargetKind.Tab, null, null),
        ("populationDataServices", TargetKind.Expander, null, null),
        ("changeInterfaceService", TargetKind.Item, null, null),
        ("start", TargetKind.Action, null, null),
        ("newApplication", TargetKind.Choice, null, null),
        ("orderTypeByPersonalIdentityCodes", TargetKind.Choice, null, null),
        ("continue", TargetKind.Action, null, null),
        ("purpose", TargetKind.LongText, null, null),
        ("protectionOrder", TargetKind.Checkbox, null, null),
        ("neededData", TargetKind.LongText, null, null),
        ("technicalContact", TargetKind.Section, null, null),
        ("deputy", TargetKind.Section, null, null),
        ("technicalContact.name", TargetKind.Text, "technicalContact", null),
        ("technicalContact.firstName", TargetKind.Text, "technicalContact", null),
        ("technicalContact.lastName", TargetKind.Text, "technicalContact", null),
        ("technicalContact.email", TargetKind.Text, "technicalContact", "email"),
        ("technicalContact.phone", TargetKind.Text, "technicalContact", "tel"),
        ("deputy.name", TargetKind.Text, "deputy", null),
        ("deputy.firstName", TargetKind.Text, "deputy", null),
        ("deputy.lastName", TargetKind.Text, "deputy", null),
        ("deputy.email", TargetKind.Text, "deputy", "email"),
        ("deputy.phone", TargetKind.Text, "deputy", "tel"),
        ("processEmail", TargetKind.Text, null, "email"),
        ("securityStatement", TargetKind.LongText, null, null),
        ("attachmentDescription", TargetKind.Text, null, null),
        ("addAttachment", TargetKind.File, null, null),
        ("saveDraft", TargetKind.Save, null, null),
        ("next", TargetKind.Action, null, null),
    ];


    private readonly Dictionary<string, Intent> intents = new(StringComparer.Ordinal);

    public IntentMap(ServiceLabels labels, Func<string, bool> isConfirmed)
    {
        var words = JsonSerializer.SerializeToElement(labels, ToolJson.Line);
        var extra = labels.Intents ?? new Dictionary<string, IntentWords>();
        foreach (var (key, kind, section, inputType) in Catalogue)
        {
            // "technicalContact.email" takes the label map's word of "email", and its own extra words.
            var wordKey = key.Contains('.', StringComparison.Ordinal) ? key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..] : key;
            var list = new List<IntentWord>();
            if (words.TryGetProperty(wordKey, out var word) && word.ValueKind == JsonValueKind.String)
            {
                list.Add(new IntentWord(word.GetString()!, isConfirmed(wordKey) ? 1.0 : 0.95));
            }

            var also = extra.GetValueOrDefault(key) ?? extra.GetValueOrDefault(wordKey);
            list.AddRange((also?.Also ?? []).Select(text => new IntentWord(text, 0.9)));
            intents[key] = new Intent(key, kind, list, also?.Not ?? [], section is null ? null : intents[section], inputType);
        }
    }

    /// <summary>Every key, and every word key an intent of another key borrows ("email" for "deputy.email").</summary>
    public IReadOnlyCollection<string> Keys => [.. intents.Keys, .. intents.Keys.Where(k => k.Contains('.', StringComparison.Ordinal)).Select(k => k[(k.IndexOf('.', StringComparison.Ordinal) + 1)..]).Distinct()];

    public Intent this[string key] => intents.TryGetValue(key, out var intent) ? intent : throw new KeyNotFoundException($"No intent '{key}'.");

    /// <summary>An intent for a word the profile gives, such as the organisation to act for.</summary>
    public static Intent Exactly(string key, TargetKind kind, string text) => new(key, kind, [new IntentWord(text, 1.0)], []);
}
