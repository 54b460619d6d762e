using System.Diagnostics;

namespace HakemusAutopilot.Tests.Support;

internal sealed record ProcessResult(int ExitCode, string Output, string Error);

/// <summary>The built tool as a separate process, for what only a process shows: exit codes, signals, child processes.</summary>
internal static class ToolProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "hakemus-autopilot.dll");

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public static async Task<ProcessResult> RunAsync(string[] args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(workingDirectory ?? TempDirectory(), environment, args);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "hakemus-autopilot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
