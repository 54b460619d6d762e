namespace HakemusAutopilot.Walk;

internal sealed class StepFailedException(string step, string expected, Exception inner)
    : Exception($"Step '{step}' failed: {inner.Message.Split('\n')[0]}", inner)
{
    public string Step => step;

    public string Expected => expected;
}

internal sealed class FieldNotFoundException(string label, string? nearest, string labelMapPath)
    : Exception(
        $"The form has no field labelled {label}."
        + (nearest is null ? string.Empty : $" The nearest label on the page is \"{nearest}\".")
        + $" The service may have renamed it: compare the screenshot with the label map and correct the label there ({labelMapPath}; in the source tree src/HakemusAutopilot/Service/labels.json).")
{
    public string Label => label;
}

internal sealed class DraftNotSavedException(int attempts)
    : Exception($"The draft could not be saved ({attempts} attempts). Everything filled is listed in the report; save it by hand in the browser.");

internal sealed class SessionExpiredException() : Exception("The service sent the browser back to the login page.");
