using System.Net;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Service.Resolving;
using HakemusAutopilot.Tests.Support;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Browser;

/// <summary>The send control is known by what it means, whatever the real service calls it.</summary>
internal sealed class SendWordsTests
{
    private static readonly SendGuard Guard = new(ReplicaTest.LabelMap.SendWords);

    public static readonly string[] SendWordings =
    [
        "Lähetä DVV:lle", "Lähetä", "Lähetä käsittelyyn", "Lähetä DVV:hen", "Lähetä hakemus", "LAHETA", "Tallenna ja lähetä",
        "Jätä hakemus", "Jätä hakemuksesi", "Toimita hakemus", "Siirrä käsittelyyn", "Vahvista ja lähetä",
        "Skicka", "Skicka till MDB", "Skicka in ansökan", "Lämna in ansökan", "Spara och skicka", "Sänd",
        "Send", "Send to DVV", "Submit", "Submit application", "Save and submit", "Save & send", "Lodge the application",
    ];

    public static readonly string[] OtherWordings =
    [
        "Tallenna keskeneräisenä", "Tallenna", "Tallenna luonnos", "Seuraava", "Jatka", "Aloita", "Aloita uusi hakemus",
        "Uusi hakemus", "Julkishallinto", "Haluan hakea tietoja väestötietojärjestelmästä", "Sulje", "Kirjaudu ulos",
        "Lisää liite", "Valitse tiedosto", "Hyväksy vain välttämättömät",
        "Spara som utkast", "Påbörja en ny ansökan", "Fortsätt", "Save as draft", "Continue", "Next", "Start",
    ];

    [TestCaseSource(nameof(SendWordings))]
    public void Guard_knows_every_wording_of_sending(string name)
    {
        Assert.That(Guard.IsSendName(name), Is.True);
    }

    [TestCaseSource(nameof(OtherWordings))]
    public void Guard_lets_the_walks_own_controls_be(string name)
    {
        Assert.That(Guard.IsSendName(name), Is.False);
    }

    [Test]
    public void The_wordings_come_from_the_label_map_and_not_from_the_send_buttons_names_alone()
    {
        var namesOnly = new SendWords(ReplicaTest.LabelMap.SendButtonNames);

        Assert.That(SendWordings.Where(name => !namesOnly.Matches(name)), Is.Not.Empty.And.All.Matches<string>(Guard.IsSendName));
    }
}

/// <summary>Both halves of the guard, the clicking code and the page's listener, refuse every wording in every shape.</summary>
internal sealed class SendWordingTests : ReplicaTest
{
    // Each way a page may name a control, with the page's own handler counting what got through.
    private static readonly string[] Shapes =
    [
        "<button type=\"button\" onclick=\"{0}\">{1}</button>",
        "<a href=\"#\" onclick=\"{0}\">{1}</a>",
        "<input type=\"submit\" value=\"{1}\" onclick=\"{0}\">",
        "<input type=\"image\" alt=\"{1}\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=\"40\" height=\"20\" onclick=\"{0}\">",
        "<div role=\"button\" tabindex=\"0\" onclick=\"{0}\">{1}</div>",
        "<button type=\"button\" aria-label=\"{1}\" onclick=\"{0}\">→</button>",
        "<span id=\"n{2}\">{1}</span><button type=\"button\" aria-labelledby=\"n{2}\" onclick=\"{0}\">→</button>",
        "<button type=\"button\" title=\"{1}\" onclick=\"{0}\"><b>→</b></button>",
        "<button type=\"button\" onclick=\"{0}\"><span>{1}</span></button>",
    ];

    private const string CountThrough = "window.through = (window.through || 0) + 1; return false;";

    [Test]
    public async Task A_send_control_is_refused_by_the_clicker_and_swallowed_by_the_page_in_every_shape()
    {
        // One page per wording: the clicker reads the whole page at every press, and a page of all 225 makes that slow.
        foreach (var name in SendWordsTests.SendWordings)
        {
            await ShowAsync(string.Concat(Shapes.Select((shape, i) => $"<div class=\"c\">{string.Format(shape, CountThrough, WebUtility.HtmlEncode(name), i)}</div>")));
            var controls = Page.Locator("div.c > *:last-child");
            var centres = await controls.EvaluateAllAsync<double[][]>("els => els.map(el => { const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })");
            Assert.That(centres, Has.Length.EqualTo(Shapes.Length));

            for (var i = 0; i < Shapes.Length; i++)
            {
                Assert.ThrowsAsync<SendRefusedException>(async () => await Wizard.Clicker.ClickAsync(controls.Nth(i), "a harmless step"), $"{name}: {Shapes[i]}");

                // A person's click, which the page's own guard must swallow; at the control's centre, as a hand would.
                await Page.Mouse.ClickAsync((float)centres[i][0], (float)centres[i][1]);
                Assert.That(await SendGuard.BlockedInPageAsync(Page), Is.EqualTo(i + 1), $"{name}: {Shapes[i]}");
            }

            Assert.That(await Page.EvaluateAsync<int>("() => window.through || 0"), Is.Zero, name);
        }
    }

    [Test]
    public async Task Other_controls_are_pressed_as_usual()
    {
        var names = SendWordsTests.OtherWordings;
        await ShowAsync(string.Concat(names.Select(name => $"<button type=\"button\" onclick=\"{CountThrough}\">{WebUtility.HtmlEncode(name)}</button>")));

        foreach (var name in names)
        {
            await Wizard.Clicker.ClickAsync(Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }), "a harmless step");
        }

        Assert.That(await Page.EvaluateAsync<int>("() => window.through || 0"), Is.EqualTo(names.Length));
        Assert.That(Wizard.Clicker.Actions.Presses.Select(p => p.Element), Is.EqualTo(names));
    }

    [Test]
    public async Task Enter_in_a_field_of_a_form_whose_submit_control_sends_is_swallowed()
    {
        await ShowAsync(SendingForm("<input type=\"submit\" value=\"Lähetä käsittelyyn\">"));

        await Page.GetByLabel("Nimi").FillAsync("x");
        await Page.GetByLabel("Nimi").PressAsync("Enter");

        Assert.That(await SubmittedAsync(), Is.Zero);
        Assert.That(await SendGuard.BlockedInPageAsync(Page), Is.EqualTo(1));
    }

    [TestCase("form.requestSubmit()")]
    [TestCase("form.submit()")]
    public async Task A_script_that_submits_a_sending_form_after_a_harmless_click_is_caught(string submit)
    {
        await ShowAsync(SendingForm("<button type=\"submit\">Jätä hakemus</button>")
            + $"<button type=\"button\" onclick=\"const form = document.forms[0]; {submit};\">Jatka</button>");

        await Wizard.Clicker.ClickAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Jatka" }), "continue");

        Assert.That(await SubmittedAsync(), Is.Zero);
        Assert.That(await SendGuard.BlockedInPageAsync(Page), Is.EqualTo(1));
        Assert.That(Page.Url, Does.EndWith("/koe"));
    }

    [Test]
    public async Task A_form_with_no_send_control_submits_as_usual()
    {
        await ShowAsync(SendingForm("<button type=\"submit\">Tallenna</button>"));

        await Wizard.Clicker.ClickAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }), "save");

        Assert.That(await SubmittedAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Every_press_is_listed_with_the_write_requests_that_followed_it()
    {
        await ShowAsync("<button type=\"button\" onclick=\"fetch('/api/koe/tallenna', {method: 'POST', body: '{}'}).then(() => window.done = true)\">Tallenna</button>");
        await Page.RouteAsync("**/api/koe/**", route => route.FulfillAsync(new() { Status = 200, Body = "{}" }));

        await Wizard.Clicker.ClickAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }), "save the draft");
        await Page.WaitForFunctionAsync("() => window.done === true");

        var press = Wizard.Clicker.Actions.Presses.Single(p => p.Intent == "save the draft");
        Assert.That(press.Writes, Is.EqualTo(new[] { "POST asiointi.dvv.fi/api/koe/tallenna" }));
    }

    [Test]
    public async Task The_resolver_never_offers_a_send_control_and_is_unsure_between_two_saves_alike()
    {
        await ShowAsync("<button type=\"button\">Tallenna ja lähetä</button><button type=\"button\">Tallenna luonnos</button><button type=\"button\">Tallenna luonnoksena</button>");

        var error = Assert.ThrowsAsync<UnsureException>(async () => await Wizard.Resolver.FindAsync(Wizard.Intents["saveDraft"]));

        Assert.That(error!.Candidates.Select(c => c.Candidate.Name), Is.EquivalentTo(new[] { "Tallenna luonnos", "Tallenna luonnoksena" }));
    }

    [Test]
    public async Task The_resolver_finds_nothing_to_save_where_the_only_save_also_sends()
    {
        await ShowAsync("<button type=\"button\">Tallenna ja lähetä</button><button type=\"button\">Jatka</button>");

        Assert.That(await Wizard.Resolver.FindAsync(Wizard.Intents["saveDraft"]), Is.Null);
    }

    private static string SendingForm(string submitControl) =>
        $"<form action=\"/koe/laheta\" method=\"post\" onsubmit=\"window.submitted = (window.submitted || 0) + 1; return false;\">"
        + $"<label for=\"nimi\">Nimi</label><input id=\"nimi\" name=\"nimi\">{submitControl}</form>";

    private Task<int> SubmittedAsync() => Page.EvaluateAsync<int>("() => window.submitted || 0");

    private async Task ShowAsync(string body)
    {
        await Page.RouteAsync("**/koe", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = $"<!doctype html><html lang=\"fi\"><body><main>{body}</main></body></html>",
        }));
        await Page.GotoAsync("https://asiointi.dvv.fi/koe");
    }
}
