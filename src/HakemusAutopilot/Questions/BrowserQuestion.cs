using System.Globalization;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Questions;

/// <summary>
/// Asks the person at the browser: the candidates are outlined and numbered on the page and listed in the console;
/// the answer is a number typed in the console, one click on the right element, or "s" to fill it by hand. The click
/// does nothing on the page, and a click on the send control is refused by the send guard and said so.
/// </summary>
internal sealed class BrowserQuestion(IPage page, Resolver resolver, IOperatorInput input, OperatorConsole console, Redactor redactor, TimeSpan timeout, TimeSpan remindEvery, ILogger logger)
{
    private const string Marker = "data-hakemus-autopilot-merkki";

    private const string OutlineScript = $$"""
        ids => {
          document.querySelectorAll('[{{Marker}}=kysymys]').forEach(e => e.remove());
          const layer = document.createElement('div');
          layer.setAttribute('{{Marker}}', 'kysymys');
          layer.setAttribute('aria-hidden', 'true');
          layer.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;z-index:2147483646;pointer-events:none;';
          ids.forEach((id, i) => {
            let el = document.querySelector(`[data-hakemus-kohde="${id}"]`);
            if (!el) return;
            let r = el.getBoundingClientRect();
            // A hidden file input is shown by what the person sees of it: its nearest visible container.
            for (let up = el.parentElement; (r.width === 0 || r.height === 0) && up; up = up.parentElement) r = up.getBoundingClientRect();
            const box = document.createElement('div');
            box.style.cssText = `position:absolute;left:${r.left + scrollX - 4}px;top:${r.top + scrollY - 4}px;width:${r.width + 8}px;height:${r.height + 8}px;border:3px solid #c2185b;border-radius:4px;box-sizing:border-box;`;
            const badge = document.createElement('div');
            badge.textContent = String(i + 1);
            badge.style.cssText = 'position:absolute;right:-14px;top:-14px;min-width:24px;height:24px;border-radius:12px;background:#c2185b;color:#fff;font:bold 15px/24px sans-serif;text-align:center;';
            box.appendChild(badge);
            layer.appendChild(box);
          });
          document.body.appendChild(layer);
          const first = ids.map(id => document.querySelector(`[data-hakemus-kohde="${id}"]`)).find(Boolean);
          if (first) first.scrollIntoView({ block: 'center' });
        }
        """;

    // While a question is open a transparent layer lies over the page: no press, click or key reaches the page, so an
    // answer can neither act nor send. The element under the click is read beneath the layer.
    private const string ListenScript = $$"""
        () => {
          window.__hakemusVastaus = null;
          window.__hakemusKysyy = true;
          if (document.querySelector('[{{Marker}}=kerros]') || !document.body) return;
          const layer = document.createElement('div');
          layer.setAttribute('{{Marker}}', 'kerros');
          layer.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:transparent;cursor:crosshair;';
          const swallow = e => { e.preventDefault(); e.stopImmediatePropagation(); };
          for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'auxclick', 'dblclick', 'contextmenu', 'touchstart', 'touchend']) layer.addEventListener(type, swallow, { capture: true, passive: false });
          layer.addEventListener('click', e => {
            swallow(e);
            const under = document.elementsFromPoint(e.clientX, e.clientY).find(el => !el.closest('[{{Marker}}]'));
            let el = under || null;
            const label = el && el.closest ? el.closest('label') : null;
            if (label && label.control) el = label.control;
            const tagged = el && el.closest ? el.closest('[data-hakemus-kohde]') : null;
            window.__hakemusVastaus = tagged ? tagged.getAttribute('data-hakemus-kohde') : '';
          }, true);
          if (!window.__hakemusNappaimet) {
            window.__hakemusNappaimet = true;
            window.addEventListener('keydown', e => { if (window.__hakemusKysyy) { e.preventDefault(); e.stopImmediatePropagation(); } }, true);
          }
          document.body.appendChild(layer);
        }
        """;

    private const string AwaitClickScript = $$"""
        async ms => {
          const until = Date.now() + ms;
          while (Date.now() < until) {
            if (window.__hakemusKysyy === false) return '';
            if (!document.querySelector('[{{Marker}}=kerros]')) return 'uusi-sivu';
            if (window.__hakemusVastaus !== null && window.__hakemusVastaus !== undefined) {
              const answer = window.__hakemusVastaus;
              window.__hakemusVastaus = null;
              return 'kohde:' + answer;
            }
            await new Promise(r => setTimeout(r, 100));
          }
          return '';
        }
        """;

    private const string StopScript = $"() => {{ window.__hakemusKysyy = false; document.querySelectorAll('[{Marker}=kysymys], [{Marker}=kerros]').forEach(e => e.remove()); }}";

    /// <summary>Outlines and numbers the candidates on the page, as the question and its picture show them.</summary>
    public static Task OutlineAsync(IPage page, IReadOnlyList<Candidate> candidates) =>
        page.EvaluateAsync(OutlineScript, candidates.Select(c => c.Id).ToArray());

    public static async Task ClearAsync(IPage page)
    {
        try
        {
            await page.EvaluateAsync(StopScript);
        }
        catch (PlaywrightException)
        {
            // The page has moved on; nothing of the question is left on it.
        }
    }

    /// <summary>The element the operator named; null when they fill it by hand.</summary>
    /// <exception cref="OpenQuestionException">No answer within the login wait's time.</exception>
    public async Task<Candidate?> AskAsync(Question question, CancellationToken cancellationToken)
    {
        await OutlineAsync(page, question.Candidates);
        await page.EvaluateAsync(ListenScript);
        Tell(question);
        input.ForgetTypedAhead();
        using var asking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = DateTimeOffset.UtcNow;
        var reminded = started;
        Task<string?>? typed = null;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                typed ??= input.ReadLineAsync(asking.Token);
                var clicked = ClickedAsync(question, asking.Token);
                await Task.WhenAny(typed, clicked);
                if (typed.IsCompleted)
                {
                    var line = await typed;
                    // With the keyboard at its end, only a click can answer.
                    typed = line is null ? new TaskCompletionSource<string?>().Task : null;
                    if (line is not null && Typed(question, line.Trim(), out var answer))
                    {
                        if (answer is null || (await resolver.ScanAsync()).Any(c => c.Id == answer.Id))
                        {
                            return answer;
                        }

                        console.Say(nameof(Texts.ConsoleQuestionPageChanged));
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (await clicked is { } click && await ClickAnswerAsync(question, click) is { } element)
                {
                    return element;
                }

                var now = DateTimeOffset.UtcNow;
                if (now - started >= timeout)
                {
                    throw new OpenQuestionException(question, timedOut: true);
                }

                if (now - reminded >= remindEvery)
                {
                    reminded = now;
                    console.Say(nameof(Texts.ConsoleQuestionWaiting), question.Intent.Display, (int)(now - started).TotalMinutes);
                }
            }
        }
        finally
        {
            await asking.CancelAsync();
            await ClearAsync(page);
        }
    }

    private void Tell(Question question)
    {
        console.Say(nameof(Texts.ConsoleQuestion), question.Intent.Display, question.Intent.Section?.Display ?? "–");
        for (var i = 0; i < question.Candidates.Count; i++)
        {
            var c = question.Candidates[i];
            console.Say(nameof(Texts.ConsoleQuestionCandidate), i + 1, redactor.Redact(c.Describe()), Kinds.Of(c.Kind));
        }

        console.Say(question.Candidates.Count == 0 ? nameof(Texts.ConsoleQuestionClick) : question.CanSkip ? nameof(Texts.ConsoleQuestionHowSkip) : nameof(Texts.ConsoleQuestionHow), question.Candidates.Count);
    }

    private bool Typed(Question question, string line, out Candidate? answer)
    {
        answer = null;
        if (question.CanSkip && line.Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= question.Candidates.Count)
        {
            answer = question.Candidates[n - 1];
            return true;
        }

        console.Say(nameof(Texts.ConsoleQuestionAgain), question.Candidates.Count);
        return false;
    }

    private async Task<string?> ClickedAsync(Question question, CancellationToken asking)
    {
        try
        {
            var click = await page.EvaluateAsync<string>(AwaitClickScript, 1000);
            if (click != "uusi-sivu")
            {
                return click.Length == 0 ? null : click;
            }
        }
        catch (PlaywrightException ex) when (!page.IsClosed)
        {
            logger.LogDebug("The question's page changed: {Reason}", ex.Message.Split('\n')[0]);
        }
        catch (PlaywrightException)
        {
            throw new OperationCanceledException("The browser was closed during a question.");
        }

        // The page was replaced under the question: what is left of its candidates is numbered again, and clicks are caught.
        if (asking.IsCancellationRequested)
        {
            return null;
        }

        try
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            await OutlineAsync(page, question.Candidates);
            await page.EvaluateAsync(ListenScript);
        }
        catch (PlaywrightException) when (!page.IsClosed)
        {
            // Still loading: the next look tries again.
        }

        return null;
    }

    private async Task<Candidate?> ClickAnswerAsync(Question question, string click)
    {
        var id = click["kohde:".Length..];
        var clicked = id.Length == 0 ? null : (await resolver.ScanAsync()).FirstOrDefault(c => c.Id == id);
        if (clicked is null)
        {
            console.Say(nameof(Texts.ConsoleQuestionNotAnElement));
            return null;
        }

        if (resolver.IsSendControl(clicked))
        {
            console.Say(nameof(Texts.ConsoleQuestionSendRefused));
            logger.LogWarning("The operator's click on the send control was refused as an answer to {Intent}", question.Intent.Key);
            return null;
        }

        if (!resolver.Admissible(question.Intent, [clicked]).Any())
        {
            console.Say(nameof(Texts.ConsoleQuestionWrongKind), Kinds.Of(clicked.Kind));
            return null;
        }

        return clicked;
    }
}
