using HakemusAutopilot.Privacy;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace HakemusAutopilot.Reports;

/// <summary>
/// The run folder's log. The folder exists only once a run has begun, so events before that are held and written
/// when it opens; every line is redacted on the way out.
/// </summary>
internal sealed class RunLogSink(Redactor redactor) : ILogEventSink, IDisposable
{
    public const string FileName = "run.log";

    private readonly Lock gate = new();
    private readonly List<LogEvent> early = [];
    private readonly RedactingFormatter formatter = new(
        new MessageTemplateTextFormatter("{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", System.Globalization.CultureInfo.InvariantCulture),
        redactor);

    private StreamWriter? writer;

    public void Open(string path)
    {
        lock (gate)
        {
            writer?.Dispose();
            writer = new StreamWriter(path, append: true) { AutoFlush = true };
            foreach (var logEvent in early)
            {
                formatter.Format(logEvent, writer);
            }

            early.Clear();
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (gate)
        {
            if (writer is null)
            {
                if (early.Count < 1000)
                {
                    early.Add(logEvent);
                }

                return;
            }

            formatter.Format(logEvent, writer);
        }
    }

    public void Close()
    {
        lock (gate)
        {
            writer?.Dispose();
            writer = null;
        }
    }

    public void Dispose() => Close();
}
