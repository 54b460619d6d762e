using System.Globalization;
using System.Text.Json;
using HakemusAutopilot.Operator;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>
/// The rule that the tool never sends the application. It is armed from the first page on and lifted only at
/// hand-over, after which the tool clicks nothing at all.
/// </summary>
internal sealed class SendGuard(SendWords words)
{
    private const string LiftedKey = "hakemus-autopilot-guard";

    // Every kind of element a click can land on and act through; the name is read from the one the click acts on.
    private const string Clickable = "button, a, input, select, summary, label, [role=button], [role=link], [role=menuitem], [role=tab], [role=option], [role=checkbox], [role=radio], [onclick]";

    public bool IsLifted { get; private set; }

    public SendWords Words => words;

    public bool IsSendName(string? text) => words.Matches(text);

    public const string BlockedNotice = "HakemusAutopilot esti lähettämisen: tarkista hakemus ja lähetä se itse, kun ajo on päättynyt. / HakemusAutopilot blocked sending: review the application and send it yourself once the run has ended.";

    /// <summary>
    /// The in-page half of the guard. While armed it swallows, in the capture phase, clicks and key presses aimed at
    /// a send control, a form's submission through a send control or (with no submitter, as with Enter in a field or
    /// <c>requestSubmit()</c>) of a form holding one, and <c>form.submit()</c>, which fires no event, on such a form.
    /// </summary>
    public Task ArmInPageAsync(IBrowserContext context)
    {
        var script = string.Create(CultureInfo.InvariantCulture, $$"""
            (() => {
              const isSendText = {{words.Script()}};
              const buttonInput = 'input[type=submit], input[type=button], input[type=reset], input[type=image]';
              const typedInto = 'textarea, select, input:not([type=submit]):not([type=button]):not([type=reset]):not([type=image]):not([type=checkbox]):not([type=radio])';
              const armed = () => { try { return sessionStorage.getItem('{{LiftedKey}}') !== 'lifted'; } catch { return true; } };
              const names = {{ElementNames.Script}};
              const isSend = el => !!el && el.nodeType === 1 && names.allNames(el).some(isSendText);
              const actsThrough = el => el && el.closest ? el.closest({{JsonSerializer.Serialize(Clickable)}}) : null;
              const holdsSend = form => !!form && ([...(form.elements || [])].some(el => el.matches(buttonInput + ', button') && isSend(el))
                || [...form.querySelectorAll('[role=button], a')].some(isSend));
              const block = e => {
                if (e) { e.preventDefault(); e.stopImmediatePropagation(); }
                window.__hakemusAutopilotBlocked = (window.__hakemusAutopilotBlocked || 0) + 1;
                tell();
              };
              const onAct = e => {
                if (!armed()) return;
                if (e.type === 'submit') {
                  if (e.submitter ? isSend(e.submitter) : holdsSend(e.target)) block(e);
                  return;
                }
                const origin = e.composedPath ? e.composedPath()[0] : e.target;
                let el = actsThrough(origin && origin.nodeType === 1 ? origin : e.target);
                if (el && el.matches('label') && el.control) el = el.control;
                if (el && !el.matches(typedInto) && isSend(el)) block(e);
              };
              // A person whose click does nothing would try again; say why, out of the way of the page's own controls.
              const tell = () => {
                let note = document.getElementById('hakemus-autopilot-esto');
                if (!note && document.body) {
                  note = document.createElement('div');
                  note.id = 'hakemus-autopilot-esto';
                  note.setAttribute('role', 'status');
                  note.style.cssText = 'position:fixed;left:1rem;bottom:1rem;z-index:2147483647;pointer-events:none;max-width:32rem;padding:.75rem 1rem;background:#fff3cd;color:#3d2e00;border:2px solid #b58900;font:16px/1.4 sans-serif;';
                  note.textContent = {{JsonSerializer.Serialize(BlockedNotice)}};
                  document.body.appendChild(note);
                }
              };
              for (const type of ['click', 'submit']) window.addEventListener(type, onAct, true);
              window.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') onAct(e); }, true);
              // A page may act on the press itself rather than the click: those events die quietly on a send control.
              const quiet = e => {
                if (!armed()) return;
                const origin = e.composedPath ? e.composedPath()[0] : e.target;
                const el = actsThrough(origin && origin.nodeType === 1 ? origin : e.target);
                if (el && !el.matches(typedInto) && isSend(el)) { e.preventDefault(); e.stopImmediatePropagation(); }
              };
              for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend']) window.addEventListener(type, quiet, true);
              window.addEventListener('keyup', e => { if (e.key === 'Enter' || e.key === ' ') quiet(e); }, true);
              const submit = HTMLFormElement.prototype.submit;
              HTMLFormElement.prototype.submit = function () {
                if (armed() && holdsSend(this)) { block(null); return; }
                return submit.call(this);
              };
            })();
            """);
        return context.AddInitScriptAsync(script);
    }

    /// <summary>How many sends the in-page half of the guard has swallowed on this page.</summary>
    public static Task<int> BlockedInPageAsync(IPage page) => page.EvaluateAsync<int>("() => window.__hakemusAutopilotBlocked || 0");

    public async Task LiftAsync(IPage page)
    {
        IsLifted = true;
        await page.EvaluateAsync($"() => sessionStorage.setItem('{LiftedKey}', 'lifted')");
    }
}

internal sealed class SendRefusedException(string intent, string seen)
    : OperatorException(new OperatorText(nameof(Texts.SendRefused), intent, seen));
