using System.Diagnostics;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Live;

[Parallelizable(ParallelScope.All)]
[Platform("Linux")]
internal sealed class CancellationTests
{
    [Test]
    public async Task Ctrl_C_at_the_login_wait_closes_the_browser_and_leaves_no_process_behind()
    {
        await using var service = new LoopbackService();
        var folder = ToolProcess.TempDirectory();
        using var tool = ToolProcess.Start(folder, null, "run", "--profile", RepoPaths.Fixtures("profiles", "ammattiopisto.json"), "--base-url", service.BaseUrl.ToString(), "--headless", "--exit-at-review");
        var said = await WaitForLineAsync(tool, "Kirjaudu sisään");
        var browserProcesses = Descendants(tool.Id);

        // bash's own kill, so that the test needs no procps on the machine
        using (var interrupt = Process.Start("bash", ["-c", $"kill -INT {tool.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}"]))
        {
            await interrupt.WaitForExitAsync();
        }

        await tool.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(browserProcesses, Is.Not.Empty, "the browser was running while the tool waited");
        Assert.That(tool.ExitCode, Is.EqualTo(ExitCodes.Cancelled));
        Assert.That(browserProcesses.Where(IsAlive), Is.Empty);
        Assert.That(Directory.GetFiles(Path.Combine(folder, "runs"), "last-page.png", SearchOption.AllDirectories), Is.Not.Empty, "what the page showed when it was stopped");
        Assert.That(said, Has.Some.Contains("kukaan ei voi kirjautua"), "a hidden browser on a live run is said at the start");
    }

    private static async Task<List<string>> WaitForLineAsync(Process process, string text)
    {
        var said = new List<string>();
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
        {
            said.Add(line);
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return said;
            }
        }

        Assert.Fail($"The tool ended without saying \"{text}\": {await process.StandardError.ReadToEndAsync()}");
        return said;
    }

    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && TryReadParent(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var child in parents.Where(p => p.Value == current).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    private static int? TryReadParent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
