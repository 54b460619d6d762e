using HakemusAutopilot.Operator;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Commands;

internal static class ExitCodes
{
    public const int ReachedTheStop = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int InvalidInput = 3;
    public const int StoppedForOperator = 4;
    public const int Drift = 5;
    public const int Cancelled = 130;

    /// <summary>The exit code of a command that ended with this exception; the one mapping the commands and the tests share.</summary>
    public static int For(Exception exception) => exception switch
    {
        InvalidInputException or OptionsValidationException or InvalidDataException => InvalidInput,
        OperationCanceledException => Cancelled,
        IAlreadyTold when exception.InnerException is IStopsForOperator => StoppedForOperator,
        _ => Failed,
    };

    /// <summary>What the operator reads about an exception, in their language: a foreseen failure anywhere in the chain is the whole story.</summary>
    public static string Explain(Exception exception, string language = "en")
    {
        if (exception is OperationCanceledException)
        {
            return OperatorText.Say(nameof(Texts.FailureCancelled), language);
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is IAlreadyTold)
            {
                return e.Message.Trim();
            }

            if (e is OperatorException forOperator)
            {
                return forOperator.Text.In(language);
            }
        }

        return OperatorText.Say(exception is InvalidDataException ? nameof(Texts.InputUnusable) : nameof(Texts.SettingsInvalid), language, Details(exception));
    }

    /// <summary>The messages of an exception and its causes, each once: configuration errors hide the line number in the innermost.</summary>
    public static string Details(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var message = e.Message.Trim();
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
    public static bool IsAlreadyTold(Exception exception) => exception is IAlreadyTold;

    /// <summary>Exceptions whose message is the whole story for the operator; others also get their stack trace logged.</summary>
    public static bool IsExpected(Exception exception) =>
        For(exception) != Failed || exception is IAlreadyTold or OperatorException;
}
