using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>What a step asks of the person at an element: to act on it, to leave it unticked, to see it, or to press it themselves at the end.</summary>
internal enum CalloutKind
{
    Act,
    LeaveUnticked,
    See,
    YouSend,
}

internal sealed record StepTarget(ILocator Locator, CalloutKind Kind = CalloutKind.Act);

/// <summary>Takes a step's picture: the guide's eye on the walk.</summary>
internal interface IStepCamera
{
    /// <summary>Whether the camera uses the targets; looking for them only for a camera that ignores them could stop a run.</summary>
    bool MarksElements => false;

    Task CaptureAsync(string step, IReadOnlyList<StepTarget> targets, IReadOnlyList<ILocator> personalFields);
}
