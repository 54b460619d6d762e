using Serilog.Events;
using Serilog.Formatting;

namespace HakemusAutopilot.Privacy;

// A safety net under the rule that log calls carry no personal values: whatever slips through (an exception
// message quoting a page, a value in a property) is redacted before it reaches the console or the run's log.
internal sealed class RedactingFormatter(ITextFormatter inner, Redactor redactor) : ITextFormatter
{
    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var buffer = new StringWriter(output.FormatProvider);
        inner.Format(logEvent, buffer);
        output.Write(redactor.Redact(buffer.ToString()));
    }
}
