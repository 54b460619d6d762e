using HakemusAutopilot.Operator;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>The only code in the tool that clicks or ticks on a page, and so the place of the send guard.</summary>
internal sealed class GuardedClicker(SendGuard guard, ActionLog actions, ILogger<GuardedClicker> logger)
{
    // Long enough for a button that becomes enabled after a choice; short enough that a covering banner is found quickly.
    private const float FirstTryMilliseconds = 3000;

    public IPageCovers? Overlays { get; set; }

    public ActionLog Actions => actions;

    public bool IsSendName(string? name) => guard.IsSendName(name);

    public Task ClickAsync(ILocator target, string intent) =>
        ActAsync(target, intent, PressAsync, closeOverlays: true, firstTryPresses: true);

    public Task SetCheckedAsync(ILocator target, bool isChecked, string intent) =>
        ActAsync(target, intent, (handle, timeout) => handle.SetCheckedAsync(isChecked, new() { Timeout = timeout }), closeOverlays: true);

    /// <summary>Chooses an option of a native drop-down, with the same refusal of anything that reads as sending.</summary>
    public async Task SelectOptionAsync(ILocator option, string label, string intent)
    {
        if (guard.IsLifted)
        {
            throw new InvalidOperationException($"The page was handed over to the operator; the tool does not '{intent}' any more.");
        }

        await using var handle = await option.ElementHandleAsync();
        var name = await RefuseSendButtonAsync(handle, intent);
        actions.Pressed(intent, name);
        await option.Locator("xpath=ancestor::select[1]").SelectOptionAsync(new SelectOptionValue { Label = label });
    }

    internal Task ClickOverlayAsync(ILocator target, string intent) =>
        ActAsync(target, intent, PressAsync, closeOverlays: false);

    // A press does not wait for the navigation it starts: a press that timed out is then one that never landed, and the
    // walk waits for the next page by what it shows. Playwright marks the option obsolete because it is to become the default.
#pragma warning disable CS0612
    private static Task PressAsync(IElementHandle handle, float? timeout) => handle.ClickAsync(new() { Timeout = timeout, NoWaitAfter = true });
#pragma warning restore CS0612

    private async Task ActAsync(ILocator target, string intent, Func<IElementHandle, float?, Task> act, bool closeOverlays, bool firstTryPresses = false)
    {
        if (guard.IsLifted)
        {
            throw new InvalidOperationException($"The page was handed over to the operator; the tool does not '{intent}' any more.");
        }

        // Pin one element, read its names and act on that same element, so nothing can swap in between.
        await using var handle = await target.ElementHandleAsync();
        var name = await RefuseSendButtonAsync(handle, intent);
        logger.LogInformation("Pressing \"{Name}\" to {Intent}", name, intent);
        actions.Pressed(intent, name);

        if (Overlays is null || !closeOverlays)
        {
            await act(handle, null);
            return;
        }

        try
        {
            // A first try that timed out must have pressed nothing, or the retry would press twice: on a busy machine a
            // double save or a skipped page. A press that cannot land is never dispatched; a box to tick is tried first,
            // since ticking it checks its state after the press, and a second press would untick it.
            if (firstTryPresses)
            {
                await act(handle, FirstTryMilliseconds);
                return;
            }

            await handle.ClickAsync(new() { Trial = true, Timeout = FirstTryMilliseconds });
        }
        catch (TimeoutException)
        {
            if (await Overlays.CloseKnownAsync() == 0 && await Overlays.DescribeCoversAsync() is { Length: > 0 } covers)
            {
                throw new PageCoveredException(intent, covers);
            }

            // The page had time to change the element's words meanwhile: they are read again before the press.
            await RefuseSendButtonAsync(handle, intent);
        }

        await act(handle, null);
    }

    private async Task<string> RefuseSendButtonAsync(IElementHandle handle, string intent)
    {
        string[] names;
        try
        {
            names = await handle.EvaluateAsync<string[]>(ElementNames.AllNames);
        }
        catch (PlaywrightException ex)
        {
            throw new SendRefusedException(intent, $"(its name could not be read: {ex.Message.Split('\n')[0]})");
        }

        if (names.Length == 0)
        {
            throw new SendRefusedException(intent, "(it has no readable name)");
        }

        var send = names.FirstOrDefault(guard.IsSendName);
        if (send is not null)
        {
            logger.LogError("Refused to {Intent}: the element is the send button", intent);
            throw new SendRefusedException(intent, send.Trim());
        }

        return names[0].Trim();
    }
}

internal sealed class PageCoveredException(string intent, IReadOnlyList<string> covers)
    : OperatorException(new OperatorText(nameof(Texts.PageCovered), intent, string.Join("; ", covers.Select(c => $"”{c}”"))));
