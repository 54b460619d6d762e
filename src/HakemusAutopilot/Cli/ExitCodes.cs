using HakemusAutopilot.Browser;
using HakemusAutopilot.Service;
using HakemusAutopilot.Walk;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Cli;

internal static class ExitCodes
{
    public const int ReachedTheStop = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int InvalidInput = 3;
    public const int StoppedForOperator = 4;
    public const int Drift = 5;
    public const int Cancelled = 130;

    /// <summary>The exit code of a command that ended with this exception; the one mapping Program.cs and the tests share.</summary>
    public static int For(Exception exception) => exception switch
    {
        InvalidInputException or OptionsValidationException or LabelMapException or InvalidDataException => InvalidInput,
        InvalidOperationException when exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => InvalidInput,
        OperationCanceledException => Cancelled,
        RunFailedException { StoppedForOperator: true } => StoppedForOperator,
        _ => Failed,
    };

    /// <summary>
    /// The messages of an exception and its causes, each once: configuration errors hide the line number in the
    /// innermost. A message written for the operator is the whole story, in their language.
    /// </summary>
    public static string Explain(Exception exception, string language = "en")
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var message = e.Message.Trim();
            if (e is RunFailedException)
            {
                return message;
            }

            if (e is Operator.IOperatorMessage forOperator)
            {
                return string.Join(" ", [.. messages, language == "en" ? message : forOperator.Finnish]);
            }

            if (!messages.Any(m => m.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }

        if (exception.Message.Contains("to type 'HakemusAutopilot.Browser.BrowserKind'", StringComparison.Ordinal))
        {
            messages.Add("Browser:Kind must be one of: managed, channel, executable.");
        }

        return string.Join(" ", messages);
    }

    /// <summary>A failed run has already told the operator what happened, in their language; saying it again only adds noise.</summary>
    public static bool IsAlreadyTold(Exception exception) => exception is RunFailedException;

    /// <summary>Exceptions whose message is the whole story for the operator; others also get their stack trace logged.</summary>
    public static bool IsExpected(Exception exception) =>
        For(exception) != Failed || exception is RunFailedException or BrowserNotFoundException or BrowserStartException or Operator.IOperatorMessage;
}
