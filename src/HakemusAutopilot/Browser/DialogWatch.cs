using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>
/// JavaScript dialogs are never answered silently: each one is dismissed so the page does not hang, and the run
/// stops at its next step with the dialog's text.
/// </summary>
internal sealed class DialogWatch(Redactor redactor)
{
    private readonly TaskCompletionSource unexpected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Unexpected => unexpected.Task;

    public void Attach(IPage page) => page.Dialog += OnDialog;

    public void ThrowIfUnexpected()
    {
        if (unexpected.Task.Exception?.InnerException is { } dialog)
        {
            throw dialog;
        }
    }

    private async void OnDialog(object? sender, IDialog dialog)
    {
        var message = redactor.Redact(dialog.Message);
        try
        {
            await dialog.DismissAsync();
        }
        catch (PlaywrightException)
        {
            // The page closed under the dialog; it is gone either way.
        }

        unexpected.TrySetException(new UnexpectedDialogException(dialog.Type, message));
    }
}

internal sealed class UnexpectedDialogException(string type, string message)
    : OperatorException(new OperatorText(nameof(Texts.UnexpectedDialog), type, message));
