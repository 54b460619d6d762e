using Microsoft.Playwright;

namespace HakemusAutopilot.Walk;

/// <summary>Takes a step's picture at the moment before the tool acts: the guide's eye on the walk.</summary>
internal interface IStepCamera
{
    Task CaptureAsync(string step, IReadOnlyList<ILocator> targets, IReadOnlyList<ILocator> personalFields);
}
