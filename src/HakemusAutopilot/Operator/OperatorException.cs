namespace HakemusAutopilot.Operator;

/// <summary>
/// A failure the tool foresaw, told to the operator in their language (<see cref="Text"/>) and to the log in English
/// (<see cref="Exception.Message"/>). Anything else that escapes is a fault and keeps its stack trace in the log.
/// </summary>
internal class OperatorException(OperatorText text, Exception? inner = null) : Exception(text.In("en"), inner)
{
    public OperatorText Text => text;
}

/// <summary>A failure that is a question for the operator, not a fault: the run stops with exit 4 and says what to do.</summary>
internal interface IStopsForOperator;

/// <summary>A failure the run has already told the operator, on the console and in its report; saying it again only adds noise.</summary>
internal interface IAlreadyTold;

/// <summary>What the operator gave (a file, an option, a setting) cannot be used; exit 3, and nothing was opened or written.</summary>
internal class InvalidInputException(OperatorText text, Exception? inner = null) : OperatorException(text, inner);
