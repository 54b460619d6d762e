using System.Diagnostics;

namespace HakemusAutopilot.Operator;

/// <summary>
/// What the tool tells the person at the keyboard, in Finnish, Swedish or English (<see cref="Texts"/>). Logs stay
/// English. On a terminal the current step is one line that keeps its elapsed time current; redirected output
/// gets one plain line per step, which a log file can keep.
/// </summary>
internal sealed class OperatorConsole : IDisposable
{
    private readonly TextWriter output;
    private readonly bool live;
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly Lock gate = new();
    private readonly Timer? ticker;
    private OperatorText? step;
    private int shownLength;

    public OperatorConsole(TextWriter output, string language)
    {
        this.output = output;
        Language = language;
        live = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        ticker = live ? new Timer(_ => Tick(), null, Timeout.Infinite, Timeout.Infinite) : null;
    }

    public string Language { get; }

    /// <summary>The step now under way, with the time since the run began, for a person who may not touch the browser.</summary>
    public void Progress(string stepKey)
    {
        lock (gate)
        {
            step = StepName(stepKey);
            if (!live)
            {
                output.WriteLine(ProgressLine());
                return;
            }

            Rewrite();
            ticker!.Change(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>A step's name for a person: <c>front-page</c> is <c>StepFrontPage</c> in the resources.</summary>
    public static OperatorText StepName(string stepKey) => OperatorText.Named("Step", stepKey);

    public void Say(string key, params object?[] args) => Say(new OperatorText(key, args));

    public void Say(OperatorText text)
    {
        lock (gate)
        {
            EndProgressLine();
            output.WriteLine(text.In(Language));
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            EndProgressLine();
        }

        ticker?.Dispose();
    }

    private void Tick()
    {
        lock (gate)
        {
            try
            {
                if (step is not null)
                {
                    Rewrite();
                }
            }
            catch (IOException)
            {
                // The terminal went away; the next message will fail where it can be handled.
                ticker!.Change(Timeout.Infinite, Timeout.Infinite);
            }
        }
    }

    // Spaces, not an escape sequence, clear what is left of a longer line: an old Windows console prints escapes as they are.
    private void Rewrite()
    {
        var line = ProgressLine();
        output.Write("\r" + line.PadRight(shownLength));
        shownLength = line.Length;
    }

    private void EndProgressLine()
    {
        if (live && step is not null)
        {
            ticker!.Change(Timeout.Infinite, Timeout.Infinite);
            output.WriteLine();
        }

        step = null;
        shownLength = 0;
    }

    private string ProgressLine() =>
        OperatorText.Say(nameof(Texts.ConsoleProgress), Language, step, (int)Stopwatch.GetElapsedTime(started).TotalSeconds);
}
