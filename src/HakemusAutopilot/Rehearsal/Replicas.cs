using HakemusAutopilot.Walk;

namespace HakemusAutopilot.Rehearsal;

/// <summary>
/// The bundled renderings of the service: our own reconstruction (<c>fixtures/site</c>) and the independent ones under
/// <c>fixtures/replicas/NAME</c>, each written the way one UI toolkit renders its widgets.
/// </summary>
internal static class Replicas
{
    public static string Root => Path.Combine(RunSession.DefaultFixtures, "replicas");

    public static IReadOnlyList<string> Names =>
        Directory.Exists(Root) ? [.. Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)] : [];

    /// <summary>The fixtures folder a rehearsal plays: the named rendering's, else the one given, else our own.</summary>
    public static string? FolderOf(string? replica, DirectoryInfo? fixtures) =>
        fixtures?.FullName ?? (replica is null ? null : Path.Combine(Root, replica));
}
