using System.CommandLine;
using HakemusAutopilot.Commands;

namespace HakemusAutopilot.Rehearsal;

/// <summary>
/// The bundled renderings of the service: our own reconstruction (<c>fixtures/site</c>) and the independent ones under
/// <c>fixtures/replicas/NAME</c>, each written the way one UI toolkit renders its widgets; and the options that pick one.
/// </summary>
internal static class Replicas
{
    public static readonly Option<DirectoryInfo?> Fixtures = new("--fixtures") { Description = "A replica folder of the same layout as fixtures/ (with site/ inside)." };

    public static readonly Option<string?> Replica = new Option<string?>("--replica")
    {
        Description = "Play one of the bundled independent renderings of the service instead of our own: " + string.Join(", ", Names),
        HelpName = "name",
    }.AcceptOnlyFromAmong([.. Names]);

    public static readonly Option<string[]> Variants = new Option<string[]>("--variant")
    {
        Description = "Switch on a replica variant (repeatable): " + string.Join(", ", ReplicaVariants.All.Order(StringComparer.Ordinal)),
        HelpName = "name",
    }.AcceptOnlyFromAmong([.. ReplicaVariants.All]);

    public static string Root => Path.Combine(Defaults.Fixtures, "replicas");

    public static IReadOnlyList<string> Names =>
        Directory.Exists(Root) ? [.. Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)] : [];

    /// <summary>The fixtures folder a command plays: the one given, else the named rendering's, else our own (null).</summary>
    public static string? FolderOf(ParseResult parse) =>
        parse.GetValue(Fixtures)?.FullName ?? (parse.GetValue(Replica) is { } replica ? Path.Combine(Root, replica) : null);

    public static IReadOnlySet<string> VariantsOf(ParseResult parse) => parse.GetValue(Variants).Set();
}
