namespace HakemusAutopilot.Tests.Profile;

/// <summary>Finds the repository's files by walking up from the test binaries to the folder holding HakemusAutopilot.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "HakemusAutopilot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No HakemusAutopilot.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    public static string Fixtures => System.IO.Path.Combine(Root, "fixtures");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
