using HakemusAutopilot.Operator;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>The only code in the tool that clicks or ticks on a page, and so the place of the send guard.</summary>
internal sealed class GuardedClicker(SendGuard guard, ActionLog actions, ILogger<GuardedClicker> logger)
{
    // Long enough for a button that becomes enabled after a choice; short enough that a covering banner is found quickly.
    private const float FirstTryMilliseconds = 3000;

    private const string MarkAttribute = "data-hakemus-painallus";

    private static readonly string MarkAndName = $"(el, mark) => {{ el.setAttribute('{MarkAttribute}', mark); return ({ElementNames.Script}).allNames(el); }}";

    private static readonly string MarkOneAndName = $"([selector, mark]) => {{ const found = document.querySelectorAll(selector); return found.length === 1 ? ({MarkAndName})(found[0], mark) : null; }}";

    public IPageCovers? Overlays { get; set; }

    public ActionLog Actions => actions;

    public bool IsSendName(string? name) => guard.IsSendName(name);

    /// <summary>Presses the target unless it reads as sending. <c>scanned</c> is the target's CSS selector when the page
    /// scan has just found it: the target is then marked in one trip to the page, not looked for anew by Playwright.</summary>
    public Task ClickAsync(ILocator target, string intent, string? scanned = null) =>
        ActAsync(target, scanned, intent, PressAsync, closeOverlays: true, firstTryPresses: true);

    public Task SetCheckedAsync(ILocator target, bool isChecked, string intent, string? scanned = null) =>
        ActAsync(target, scanned, intent, (pinned, timeout) => pinned.SetCheckedAsync(isChecked, new() { Timeout = timeout }), closeOverlays: true);

    /// <summary>Chooses an option of a native drop-down, with the same refusal of anything that reads as sending.</summary>
    public async Task SelectOptionAsync(ILocator option, string label, string intent, string? scanned = null)
    {
        if (guard.IsLifted)
        {
            throw new InvalidOperationException($"The page was handed over to the operator; the tool does not '{intent}' any more.");
        }

        var (pinned, name) = await PinAsync(option, scanned, intent);
        actions.Pressed(intent, name);
        await pinned.Locator("xpath=ancestor::select[1]").SelectOptionAsync(new SelectOptionValue { Label = label });
    }

    internal Task ClickOverlayAsync(ILocator target, string intent) =>
        ActAsync(target, null, intent, PressAsync, closeOverlays: false);

    // A press does not wait for the navigation it starts: a press that timed out is then one that never landed, and the
    // walk waits for the next page by what it shows. Playwright marks the option obsolete because it is to become the default.
#pragma warning disable CS0612
    private static Task PressAsync(ILocator pinned, float? timeout) => pinned.ClickAsync(new() { Timeout = timeout, NoWaitAfter = true });
#pragma warning restore CS0612

    private async Task ActAsync(ILocator target, string? scanned, string intent, Func<ILocator, float?, Task> act, bool closeOverlays, bool firstTryPresses = false)
    {
        if (guard.IsLifted)
        {
            throw new InvalidOperationException($"The page was handed over to the operator; the tool does not '{intent}' any more.");
        }

        var (pinned, name) = await PinAsync(target, scanned, intent);
        logger.LogInformation("Pressing \"{Name}\" to {Intent}", name, intent);
        actions.Pressed(intent, name);

        if (Overlays is null || !closeOverlays)
        {
            await act(pinned, null);
            return;
        }

        try
        {
            // A first try that timed out must have pressed nothing, or the retry would press twice: on a busy machine a
            // double save or a skipped page. A press that cannot land is never dispatched; a box to tick is tried first,
            // since ticking it checks its state after the press, and a second press would untick it.
            if (firstTryPresses)
            {
                await act(pinned, FirstTryMilliseconds);
                return;
            }

            await pinned.ClickAsync(new() { Trial = true, Timeout = FirstTryMilliseconds });
        }
        catch (TimeoutException)
        {
            if (await pinned.CountAsync() == 0)
            {
                throw new PlaywrightException($"The element to '{intent}' is not attached to the page any more: the page drew it anew.");
            }

            if (await Overlays.CloseKnownAsync() == 0 && await Overlays.DescribeCoversAsync() is { Length: > 0 } covers)
            {
                throw new PageCoveredException(intent, covers);
            }

            // The page had time to change the element's words meanwhile: they are read again before the press.
            Refuse(await ReadNamesAsync(() => pinned.EvaluateAsync<string[]>(ElementNames.AllNames), intent), intent);
        }

        await act(pinned, null);
    }

    /// <summary>
    /// Marks one element and reads its names in the same look; every press then goes to that mark, so nothing can swap
    /// in between, and an element drawn anew is not pressed at all. Fails closed: names that cannot be read refuse.
    /// </summary>
    private async Task<(ILocator Pinned, string Name)> PinAsync(ILocator target, string? scanned, string intent)
    {
        var mark = Guid.NewGuid().ToString("N");
        // Found by its selector only when that selector names exactly one element; otherwise Playwright finds it, waiting.
        var names = scanned is null ? null : await ReadNamesAsync(() => target.Page.EvaluateAsync<string[]?>(MarkOneAndName, new[] { scanned, mark }), intent);
        names ??= await ReadNamesAsync(() => target.EvaluateAsync<string[]>(MarkAndName, mark), intent);
        return (target.Page.Locator($"[{MarkAttribute}='{mark}']"), Refuse(names, intent));
    }

    private static async Task<T> ReadNamesAsync<T>(Func<Task<T>> read, string intent)
    {
        try
        {
            return await read();
        }
        catch (PlaywrightException ex)
        {
            throw new SendRefusedException(intent, $"(its name could not be read: {ex.Message.Split('\n')[0]})");
        }
    }

    private string Refuse(string[] names, string intent)
    {
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
