namespace HakemusAutopilot.Profile;

/// <summary>
/// The profile as a plain tree, the same for JSON and YAML, so that key, type and rule checks
/// run once whatever the file's syntax. Members keep duplicates so that they can be reported.
/// </summary>
internal abstract record ProfileNode;

internal sealed record ObjectNode(IReadOnlyList<KeyValuePair<string, ProfileNode>> Members) : ProfileNode
{
    public ProfileNode? Get(string key) =>
        Members.FirstOrDefault(member => string.Equals(member.Key, key, StringComparison.Ordinal)).Value;
}

internal sealed record ArrayNode(IReadOnlyList<ProfileNode> Items) : ProfileNode;

internal enum ScalarKind
{
    Text,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A single value. <see cref="IsUnquotedYaml"/> marks an unquoted YAML scalar such as
/// <c>phone: 0401234567</c>, which reads as a number but was meant as text.
/// </summary>
internal sealed record ScalarNode(ScalarKind Kind, string Text, bool IsUnquotedYaml = false) : ProfileNode;

internal static class ProfilePaths
{
    public static string Property(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Item(string parent, int index) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parent}[{index}]");

    // Keys are echoed in paths, and a key can be anything, even a henkilötunnus.
    public static string ForFinding(string path) =>
        path.Length == 0 ? ProfileFinding.WholeFile : Identifiers.HidePersonalIdentityCodes(path);
}
