namespace HakemusAutopilot.Tests.Support;

/// <summary>Finds the repository's files by walking up from the test binaries to the folder holding the solution.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "HakemusAutopilot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No HakemusAutopilot.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Fixtures(params string[] parts) => Path.Combine([Root, "fixtures", .. parts]);
}
