using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace HakemusAutopilot.Reports;

internal sealed class RunsOptions
{
    public const string Section = "Runs";

    [Required]
    public string Root { get; set; } = "runs";
}

/// <summary>One folder a run: its report, log, journal and screenshots. It holds personal data, so git ignores it.</summary>
internal sealed class RunFolder
{
    private RunFolder(string path) => Path = path;

    public string Path { get; }

    public static RunFolder Create(string root, TimeProvider time)
    {
        var stamp = time.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var basePath = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, stamp));
        var path = basePath;
        for (var n = 2; Directory.Exists(path); n++)
        {
            path = $"{basePath}-{n}";
        }

        Directory.CreateDirectory(path);
        return new RunFolder(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
