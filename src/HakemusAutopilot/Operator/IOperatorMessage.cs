namespace HakemusAutopilot.Operator;

/// <summary>A failure that can say what happened in Finnish too, for the operator's console.</summary>
internal interface IOperatorMessage
{
    string Finnish { get; }
}
