using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Walk;

internal sealed class StepFailedException(string step, OperatorText expected, Exception inner)
    : Exception($"Step '{step}' failed: {inner.Message.Split('\n')[0]}", inner)
{
    public string Step => step;

    public OperatorText Expected => expected;
}

internal sealed class FieldNotFoundException(string label, string? nearest, string labelMapPath)
    : OperatorException(nearest is null
        ? new OperatorText(nameof(Texts.FieldNotFound), label, labelMapPath)
        : new OperatorText(nameof(Texts.FieldNotFoundNearest), label, labelMapPath, nearest))
{
    public string Label => label;
}

internal sealed class DraftNotSavedException(int attempts)
    : OperatorException(new OperatorText(nameof(Texts.DraftNotSaved), attempts));

internal sealed class SessionExpiredException() : Exception("The service sent the browser back to the login page.");

internal sealed class ProtectionOrderNotFoundException(string label)
    : OperatorException(new OperatorText(nameof(Texts.ProtectionOrderNotFound), label)), IStopsForOperator;

internal sealed class ProtectionOrderTickedException(string label)
    : OperatorException(new OperatorText(nameof(Texts.ProtectionOrderTicked), label)), IStopsForOperator;
