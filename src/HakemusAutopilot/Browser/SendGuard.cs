using System.Globalization;
using System.Text;
using System.Text.Json;
using HakemusAutopilot.Operator;
using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>
/// The rule that the tool never sends the application. It is armed from the first page on and lifted only at
/// hand-over, after which the tool clicks nothing at all.
/// </summary>
internal sealed class SendGuard(IReadOnlyList<string> sendButtonNames)
{
    private const string LiftedKey = "hakemus-autopilot-guard";

    private readonly string[] normalisedNames = sendButtonNames.Select(Normalise).Where(n => n.Length > 0).ToArray();

    public bool IsLifted { get; private set; }

    public IReadOnlyList<string> SendButtonNames => sendButtonNames;

    public bool IsSendName(string? text)
    {
        var candidate = Normalise(text);
        return candidate.Length > 0 && normalisedNames.Any(name => candidate.Contains(name, StringComparison.Ordinal));
    }

    public const string BlockedNotice = "HakemusAutopilot esti lähettämisen: tarkista hakemus ja lähetä se itse, kun ajo on päättynyt. / HakemusAutopilot blocked sending: review the application and send it yourself once the run has ended.";

    /// <summary>
    /// The in-page half of the guard: a capture-phase listener that swallows clicks, key presses and form submits
    /// aimed at a send button while the guard is armed, whatever code path caused them.
    /// </summary>
    public Task ArmInPageAsync(IBrowserContext context)
    {
        var names = JsonSerializer.Serialize(normalisedNames);
        var script = string.Create(CultureInfo.InvariantCulture, $$"""
            (() => {
              const names = {{names}};
              const norm = s => (s || '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
              const armed = () => { try { return sessionStorage.getItem('{{LiftedKey}}') !== 'lifted'; } catch { return true; } };
              const isSend = el => {
                const target = el && el.closest ? el.closest('button, a, input[type=submit], input[type=button], [role=button]') : null;
                if (!target) return false;
                const texts = [target.getAttribute('aria-label'), target.innerText, target.value, target.title];
                const ids = (target.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
                for (const id of ids) { const l = document.getElementById(id); if (l) texts.push(l.innerText); }
                return texts.some(t => { const n = norm(t); return n && names.some(name => n.includes(name)); });
              };
              const stop = e => {
                if (!armed()) return;
                const el = e.type === 'submit' ? (e.submitter || null) : e.target;
                if (isSend(el)) { e.preventDefault(); e.stopImmediatePropagation(); window.__hakemusAutopilotBlocked = (window.__hakemusAutopilotBlocked || 0) + 1; tell(); }
              };
              // A person whose click does nothing would try again; say why, out of the way of the page's own controls.
              const tell = () => {
                let note = document.getElementById('hakemus-autopilot-esto');
                if (!note) {
                  note = document.createElement('div');
                  note.id = 'hakemus-autopilot-esto';
                  note.setAttribute('role', 'status');
                  note.style.cssText = 'position:fixed;left:1rem;bottom:1rem;z-index:2147483647;pointer-events:none;max-width:32rem;padding:.75rem 1rem;background:#fff3cd;color:#3d2e00;border:2px solid #b58900;font:16px/1.4 sans-serif;';
                  note.textContent = {{JsonSerializer.Serialize(BlockedNotice)}};
                  document.body.appendChild(note);
                }
              };
              for (const type of ['click', 'submit']) window.addEventListener(type, stop, true);
              window.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') stop(e); }, true);
            })();
            """);
        return context.AddInitScriptAsync(script);
    }

    /// <summary>How many clicks on the send button the in-page half of the guard has swallowed on this page.</summary>
    public static Task<int> BlockedInPageAsync(IPage page) => page.EvaluateAsync<int>("() => window.__hakemusAutopilotBlocked || 0");

    public async Task LiftAsync(IPage page)
    {
        IsLifted = true;
        await page.EvaluateAsync($"() => sessionStorage.setItem('{LiftedKey}', 'lifted')");
    }

    internal static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            builder.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

internal sealed class SendRefusedException(string intent, string seen)
    : Exception($"Refused to click '{intent}': the element reads '{seen}', which is the send button. The tool never sends the application; a person does."), IOperatorMessage
{
    public string Finnish => $"Työkalu kieltäytyi painamasta kohtaa ”{intent}”, koska painikkeessa lukee ”{seen}”: se on lähetyspainike. Mitään ei lähetetty; hakemuksen lähettää aina ihminen.";
}
