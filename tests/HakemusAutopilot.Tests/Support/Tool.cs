using HakemusAutopilot.Browser;
using HakemusAutopilot.Cli;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Guides;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Questions;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using HakemusAutopilot.Walk;
using Microsoft.Extensions.DependencyInjection;

namespace HakemusAutopilot.Tests.Support;

internal sealed record ToolResult(int ExitCode, Exception? Error, string Output, string RunsRoot, RunSession Session)
{
    public RunReport Report => Session.Report ?? throw new InvalidOperationException($"No run report; the tool said: {Output} {Error}");

    public ReplicaJournal Journal => Session.Backend?.Journal ?? throw new InvalidOperationException("The run had no replica.");

    public string Folder => Session.Folder?.Path ?? throw new InvalidOperationException($"No run folder; the tool said: {Output} {Error}");

    public IEnumerable<JournalEntry> Sent => Journal.Entries.Where(e => e.Path == ReplicaPaths.Submit);
}

/// <summary>
/// Runs the tool in-process exactly as Program.cs does, with its runs written to a temporary folder. The runs share
/// their browsers (each in contexts of its own), as launching one per run would be most of a test's time.
/// </summary>
internal static class Tool
{
    public static readonly BrowserReuse Browsers = new();

    private static readonly AsyncLocal<int?> Patience = new();

    private static readonly AsyncLocal<bool> SmallPictures = new();

    private static readonly AsyncLocal<bool> FromTheForm = new();

    /// <summary>
    /// For a test whose point is that the page never shows something: the runs it starts wait that long for a
    /// step's target instead of the operator's 15 seconds, which would prove nothing more.
    /// </summary>
    public static void WaitsBriefly(int seconds = 5) => Patience.Value = seconds;

    /// <summary>
    /// For a test about the form, not about the way there: the rehearsals it starts open the replica's form address,
    /// log in there and fill the form; the steps from the front page to the form are left out. Like
    /// <see cref="WaitsBriefly"/>, it holds for the rest of the test's flow: a shared walk (<see cref="Once{T}"/>) that
    /// the test makes afterwards would start at the form too, so the test asks for shared walks first.
    /// </summary>
    public static void StartsAtTheForm() => FromTheForm.Value = true;

    /// <summary>For a guide whose tests read its words, not its pixels: pictures at one device pixel per CSS pixel, a quarter of the pixels.</summary>
    public static async Task<ToolResult> RunWithSmallPicturesAsync(params string[] args)
    {
        SmallPictures.Value = true;
        return await RunAsync(args);
    }

    public static Task<ToolResult> RunAsync(params string[] args) => RunAsync(null, args);

    public static Task<ToolResult> RunAsync(IRunObserver? observer, params string[] args) => RunWithMemoryAsync(null, observer, args);

    /// <summary>Runs the tool; the operator's answers are kept in <paramref name="memoryFolder"/>, or in the run's own temporary folder.</summary>
    public static async Task<ToolResult> RunWithMemoryAsync(string? memoryFolder, IRunObserver? observer, params string[] args)
    {
        var output = new StringWriter();
        var runsRoot = Path.Combine(Path.GetTempPath(), "hakemus-autopilot-tests", Guid.NewGuid().ToString("N"));
        RunSession? session = null;
        Exception? failure = null;
        var commands = new HostedCommands(
            output,
            output,
            services =>
            {
                services.PostConfigure<RunsOptions>(o => o.Root = runsRoot);
                if (Patience.Value is { } patience)
                {
                    services.PostConfigure<BrowserOptions>(o => o.ActionTimeoutSeconds = patience);
                }

                if (SmallPictures.Value)
                {
                    services.PostConfigure<GuideOptions>(o => o.DeviceScale = 1);
                }

                services.AddSingleton(Browsers);
                services.PostConfigure<SiteMemoryOptions>(o => o.Folder = memoryFolder ?? runsRoot);
                if (observer is not null)
                {
                    services.AddSingleton(observer);
                }

                if (FromTheForm.Value)
                {
                    services.AddSingleton(new WalkStart(new Uri(Defaults.ServiceOrigin, ReplicaTest.FormRoute)));
                }

                if (observer is IOperatorInput keyboard)
                {
                    services.AddSingleton(keyboard);
                }
            },
            provider => session = provider.GetRequiredService<RunSession>(),
            ex => failure = ex,
            startDriverEarly: false);

        var exit = await CommandLine.InvokeAsync(args, output, output, commands);
        if (exit == ExitCodes.Usage)
        {
            throw new ArgumentException($"The command line did not parse: {output}");
        }

        return new ToolResult(exit, failure, output.ToString(), runsRoot, session!);
    }

    public static Task<ToolResult> RehearseAsync(params string[] extra) => RunAsync(["rehearse", .. extra]);
}
