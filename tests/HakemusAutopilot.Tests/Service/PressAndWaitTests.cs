using HakemusAutopilot.Browser;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service.Resolving;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Service;

/// <summary>How the walk presses what it found and waits for the page: the element marked is the element pressed, and a change is never missed.</summary>
internal sealed class PressAndWaitTests : ReplicaTest
{
    [Test]
    public async Task A_change_between_a_look_at_the_page_and_the_wait_after_it_is_not_missed()
    {
        await Page.SetContentAsync("<main><h1>Hakemus</h1></main>");
        await Wizard.Resolver.ScanAsync();

        await Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<button>Jatka</button>')");

        Assert.That(await Wizard.PageChangedAsync(TimeSpan.FromSeconds(5)), Is.True);
    }

    [Test]
    public async Task The_tools_own_marks_on_the_page_are_no_change()
    {
        await Page.SetContentAsync("<main><button>Jatka</button></main>");
        await Wizard.Resolver.ScanAsync();

        await Page.EvaluateAsync("() => document.querySelector('button').setAttribute('data-hakemus-painallus', 'x')");

        Assert.That(await Wizard.PageChangedAsync(TimeSpan.FromMilliseconds(100)), Is.False);
    }

    [Test]
    public async Task The_send_button_found_by_the_scan_is_refused_on_the_one_trip_path_too()
    {
        var form = await OpenFormDirectlyAsync();
        var send = (await Wizard.Resolver.ScanAsync()).First(c => c.Visible && Wizard.Resolver.IsSendControl(c));

        Assert.ThrowsAsync<SendRefusedException>(async () =>
            await Wizard.Clicker.ClickAsync(Wizard.Resolver.LocatorOf(send), "a harmless step", Resolver.SelectorOf(send)));

        await Expect(form.SendButton).ToBeVisibleAsync();
        Assert.That(Backend.Journal.To(ReplicaPaths.Submit), Is.Empty);
    }

    [Test]
    public async Task A_button_drawn_anew_after_it_was_marked_is_not_pressed_and_its_successor_is_pressed_once()
    {
        // The page draws its button again the first time the tool marks it, as a framework may between a look and a press.
        await Page.SetContentAsync("""
            <main><button id="vanha" onclick="window.painettu = (window.painettu || []).concat(this.id)">Jatka</button></main>
            <script>
              new MutationObserver((records, watch) => {
                const old = document.getElementById('vanha');
                if (!old || !old.hasAttribute('data-hakemus-painallus')) return;
                watch.disconnect();
                const again = old.cloneNode(true);
                again.id = 'uusi';
                again.removeAttribute('data-hakemus-painallus');
                again.removeAttribute('data-hakemus-kohde');
                old.replaceWith(again);
              }).observe(document, { subtree: true, attributes: true });
            </script>
            """);

        var pressed = await Wizard.PressAsync(Wizard.Intents["continue"]);

        Assert.That(await Page.EvaluateAsync<string[]>("() => window.painettu || []"), Is.EqualTo(new[] { "uusi" }));
        Assert.That(pressed.Candidate.Name, Is.EqualTo("Jatka"));
    }
}
