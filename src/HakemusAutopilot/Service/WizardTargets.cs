using System.Text.Json;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>The wizard's way to every target of the walk: found by meaning through the resolver, never by a guessed structure.</summary>
internal sealed partial record Wizard
{
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(15);

    /// <summary>How long a step waits for its target to show: the action timeout of the browser settings in a run.</summary>
    public TimeSpan Patience { get; init; } = DefaultPatience;

    /// <summary>
    /// Waits until the page shows what the intent names, with a clear winner. Views render asynchronously, so a
    /// target that is not there yet is waited for; one the page keeps offering twice is not guessed.
    /// </summary>
    /// <exception cref="UnsureException">Unsure, and nobody answers questions in this run.</exception>
    /// <exception cref="OperatorException">Unsure, and the question could not be answered now.</exception>
    public async Task<Resolution> WaitForAsync(Intent intent, TimeSpan? patience = null, bool includeHidden = false)
    {
        IReadOnlyList<Scored> ranked;
        try
        {
            if (await WaitForAnyAsync([intent], patience, includeHidden) is { } found)
            {
                return found;
            }

            ranked = [];
        }
        catch (UnsureException unsure) when (Questions is not null)
        {
            ranked = unsure.Candidates;
        }

        // Nothing at all is a question only for someone who can answer it, or answered it before; otherwise the page has changed.
        if (Questions is null)
        {
            throw new TargetNotFoundException(intent, await NearestAsync(intent));
        }

        var scan = await Resolver.ScanAsync();
        if (ranked.Count == 0 && !Questions.CanAsk)
        {
            return Questions.Recall(intent, scan, lastLook: true) ?? throw new TargetNotFoundException(intent, await NearestAsync(intent));
        }

        return await Questions.AnswerAsync(intent, ranked.Count > 0 ? ranked : Resolver.Rank(intent, scan, includeHidden), scan, canSkip: false)
            ?? throw new TargetNotFoundException(intent, null);
    }

    /// <summary>
    /// The intent's clear winner on the page as it is now, or null when nothing says it; where two or more say it
    /// alike, the operator's answer (or an earlier one). Null too when the operator takes it over by hand.
    /// </summary>
    public async Task<Resolution?> FindOrAskAsync(Intent intent, bool includeHidden = false, IReadOnlyList<Candidate>? scan = null, bool canSkip = false)
    {
        scan ??= await Resolver.ScanAsync();
        try
        {
            return await Resolver.FindAsync(intent, includeHidden, scan);
        }
        catch (UnsureException unsure) when (Questions is not null)
        {
            return await Questions.AnswerAsync(intent, unsure.Candidates, scan, canSkip);
        }
    }

    /// <summary>Whom the wizard asks when the resolver is not sure; null where nobody is asked (a drift check).</summary>
    public IOperatorAnswers? Questions { get; set; }

    /// <summary>
    /// The first of the intents the page shows, in the order given; null when none shows within the patience, or,
    /// given <paramref name="quiet"/>, once the page has stopped changing for that long without showing one.
    /// </summary>
    public async Task<Resolution?> WaitForAnyAsync(IReadOnlyList<Intent> intents, TimeSpan? patience = null, bool includeHidden = false, TimeSpan? quiet = null)
    {
        var deadline = DateTimeOffset.UtcNow + (patience ?? Patience);
        var lastChange = DateTimeOffset.UtcNow;
        UnsureException? unsure = null;
        while (true)
        {
            IReadOnlyList<Candidate> scan;
            try
            {
                scan = await Resolver.ScanAsync();
            }
            catch (PlaywrightException ex) when (IsNavigation(ex) && DateTimeOffset.UtcNow < deadline)
            {
                // The page went on to the next document while being read: read that one when it has loaded.
                await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = (float)Math.Max(1, (deadline - DateTimeOffset.UtcNow).TotalMilliseconds) });
                continue;
            }

            try
            {
                foreach (var intent in intents)
                {
                    var decision = Resolver.Decide(intent, scan, includeHidden, out var winner);
                    if (winner is not null)
                    {
                        Resolver.Decisions.Add(decision);
                        return new Resolution(intent, winner, Resolver.LocatorOf(winner), decision);
                    }
                }

                unsure = null;
            }
            catch (UnsureException ex) when (unsure is null)
            {
                // A view being replaced can show two of a thing for a moment; the same doubt twice is the page's own.
                unsure = ex;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero || quiet is { } still && DateTimeOffset.UtcNow - lastChange >= still)
            {
                return unsure is null ? null : throw unsure;
            }

            if (await PageChangedAsync(left))
            {
                lastChange = DateTimeOffset.UtcNow;
            }
        }
    }

    private static bool IsNavigation(PlaywrightException ex) =>
        ex.Message.Contains("Execution context was destroyed", StringComparison.Ordinal) || ex.Message.Contains("navigat", StringComparison.OrdinalIgnoreCase);

    /// <summary>Waits until the page changes, or a short while at most: the next look at a page that is still rendering. False when it did not change.</summary>
    public async Task<bool> PageChangedAsync(TimeSpan atMost)
    {
        try
        {
            return await WhenChangedAsync(atMost);
        }
        catch (PlaywrightException ex) when (IsNavigation(ex))
        {
            // A new document is a change too.
            return true;
        }
    }

    /// <summary>
    /// Kept by the page from the start of each document: whether it has changed since the tool last waited for a change
    /// or scanned it. A change that lands between a look and the wait after it is then not missed, and the wait does not
    /// sit out its whole time. The tool's own marks (data-hakemus-…) are no change.
    /// </summary>
    private const string ChangeWatch = """
        (() => {
          if (window.__hakemusMuutos) return;
          const watch = { changed: true, waiting: [] };
          window.__hakemusMuutos = watch;
          new MutationObserver(records => {
            if (records.every(r => r.type === 'attributes' && r.attributeName.startsWith('data-hakemus'))) return;
            watch.changed = true;
            watch.waiting.splice(0).forEach(done => done());
          }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        })();
        """;

    // A page opened before the watch was set up (none in a run) is watched from this wait on.
    private Task<bool> WhenChangedAsync(TimeSpan atMost) => Page.EvaluateAsync<bool>(
        """
        ms => new Promise(done => {
          const watch = window.__hakemusMuutos;
          if (!watch) {
            const once = new MutationObserver(() => { once.disconnect(); done(true); });
            once.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            setTimeout(() => { once.disconnect(); done(false); }, ms);
            return;
          }
          const finish = (changed) => { clearTimeout(timer); watch.waiting = watch.waiting.filter(w => w !== woken); watch.changed = false; done(changed); };
          const woken = () => finish(true);
          if (watch.changed) { watch.changed = false; done(true); return; }
          const timer = setTimeout(() => finish(false), ms);
          watch.waiting.push(woken);
        })
        """,
        Math.Clamp((int)atMost.TotalMilliseconds, 50, 400));

    /// <summary>
    /// Waits until the locator's first element shows, looking again as soon as the page changes. Playwright's own wait
    /// looks at growing intervals, the last half a second apart, and a view rendered just after a look waits for the next.
    /// </summary>
    /// <exception cref="TimeoutException">It did not show within the patience.</exception>
    public async Task WaitUntilVisibleAsync(ILocator locator, TimeSpan? patience = null)
    {
        var within = patience ?? Patience;
        var deadline = DateTimeOffset.UtcNow + within;
        while (!await IsVisibleNowAsync(locator))
        {
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"{locator} did not show within {within.TotalSeconds} s.");
            }

            await PageChangedAsync(left);
        }
    }

    // A document being replaced shows nothing yet.
    private static async Task<bool> IsVisibleNowAsync(ILocator locator)
    {
        try
        {
            return await locator.First.IsVisibleAsync();
        }
        catch (PlaywrightException ex) when (IsNavigation(ex))
        {
            return false;
        }
    }

    public async Task<string?> NearestAsync(Intent intent)
    {
        try
        {
            var ranked = Resolver.Rank(intent, await Resolver.ScanAsync());
            return ranked.Count == 0 ? null : ranked[0].Candidate.Describe();
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>Finds the intent's target and presses it through the guarded clicker; <paramref name="before"/> sees it first.</summary>
    public async Task<Resolution> PressAsync(Intent intent, Func<ILocator, Task>? before = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var target = await WaitForAsync(intent);
            if (before is not null && attempt == 1)
            {
                await before(target.Locator);
            }

            try
            {
                await Clicker.ClickAsync(target.Locator, intent.Display, target.Selector);
                return target;
            }
            catch (Exception ex) when (attempt < 3 && ex is PlaywrightException or TimeoutException)
            {
                // A view rendered again between the look and the press leaves the element found gone, unpressed: the
                // target is looked for afresh. Anything else is the page's answer and goes up as it is.
                if (!ex.Message.Contains("not attached", StringComparison.OrdinalIgnoreCase) && await target.Locator.CountAsync() > 0)
                {
                    throw;
                }
            }
        }
    }

    // The input's state and, when one shows, the label to press for it (tied by for= or around it), marked for the press.
    private const string LabelToPress = """
        ([selector, id]) => {
          const input = document.querySelector(selector);
          if (!input) return 'null';
          const label = (input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`)) || input.closest('label');
          const shows = !!label && label.getClientRects().length > 0 && getComputedStyle(label).visibility !== 'hidden';
          if (shows) label.setAttribute('data-hakemus-nimio', id);
          return JSON.stringify({ checked: input.checked, label: shows ? `[data-hakemus-nimio='${id}']` : null });
        }
        """;

    private sealed record ChoiceLook(bool Checked, string? Label);

    /// <summary>
    /// Ticks or unticks a choice and reads it back. A toolkit may draw its own box over a hidden input, so the input's
    /// label is pressed, as a person would; the input itself only when it has no label to press.
    /// </summary>
    public async Task<bool> SetCheckedAsync(Resolution target, bool value)
    {
        var input = target.Locator;
        if (target.Candidate.Tag != "input")
        {
            if (await IsOnAsync(input) != value)
            {
                await Clicker.ClickAsync(input, target.Intent.Display, target.Selector);
            }

            return await IsOnAsync(input) == value;
        }

        // An input drawn anew since the scan is looked for by Playwright, which waits for it.
        var look = JsonSerializer.Deserialize<ChoiceLook?>(await Page.EvaluateAsync<string>(LabelToPress, new[] { target.Selector, target.Candidate.Id }), ToolJson.Line)
            ?? new ChoiceLook(await input.IsCheckedAsync(), null);
        if (look.Checked == value)
        {
            return true;
        }

        if (look.Label is { } label)
        {
            await Clicker.ClickAsync(Page.Locator(label), target.Intent.Display, label);
        }

        if (await input.IsCheckedAsync() != value)
        {
            await Clicker.SetCheckedAsync(input, value, target.Intent.Display, target.Selector);
        }

        return await input.IsCheckedAsync() == value;
    }

    private static Task<bool> IsOnAsync(ILocator element) => element.EvaluateAsync<bool>(
        "el => el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true' || el.classList.contains('active')");
}

internal sealed class TargetNotFoundException(Intent intent, string? nearest)
    : OperatorException(nearest is null
        ? new OperatorText(nameof(Texts.TargetNotFound), intent)
        : new OperatorText(nameof(Texts.TargetNotFoundNearest), intent, nearest))
{
    public Intent Intent => intent;
}
