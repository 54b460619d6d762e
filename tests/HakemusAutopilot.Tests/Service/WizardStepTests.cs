using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service;
using HakemusAutopilot.Service.Resolving;
using HakemusAutopilot.Tests.Support;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Service;

internal sealed class WizardStepTests : ReplicaTest
{
    [Test]
    public async Task Operator_is_logged_in_by_the_simulated_identification()
    {
        var login = await LoginPage.OpenAsync(Wizard, Defaults.ServiceOrigin);

        await login.IdentifyAsSimulatedPersonAsync();
        await login.WaitForLoginAsync(TimeSpan.FromSeconds(20), _ => { }, TimeSpan.FromSeconds(5), CancellationToken.None);

        await Expect(Wizard.Button(Labels.LogOut)).ToBeVisibleAsync();
        Assert.That(Page.Url, Does.Not.Contain(Labels.LoginRoute));
    }

    [Test]
    public async Task Login_wait_keeps_reporting_until_somebody_logs_in()
    {
        var login = await LoginPage.OpenAsync(Wizard, Defaults.ServiceOrigin);
        var reported = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);

        var waiting = login.WaitForLoginAsync(TimeSpan.FromSeconds(30), waited => reported.TrySetResult(waited), TimeSpan.FromMilliseconds(300), CancellationToken.None);
        var firstReport = await reported.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Page.GetByRole(AriaRole.Button, new() { Name = Labels.Identify }).ClickAsync();
        await waiting;

        Assert.That(firstReport, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task Login_wait_gives_up_after_its_timeout_with_a_clear_message()
    {
        var login = await LoginPage.OpenAsync(Wizard, Defaults.ServiceOrigin);

        var wait = login.WaitForLoginAsync(TimeSpan.FromMilliseconds(600), _ => { }, TimeSpan.FromMilliseconds(200), CancellationToken.None);

        var error = Assert.ThrowsAsync<LoginTimeoutException>(async () => await wait);
        Assert.That(error!.Message, Does.Contain("logged in"));
    }

    [Test]
    public async Task Front_page_leads_to_the_services_of_public_administration()
    {
        var front = await LogInAsync();

        var catalog = await front.StartNewApplicationAsync();
        await catalog.ChoosePublicAdministrationAsync();
        await catalog.OpenPopulationDataServicesAsync();

        await Expect(catalog.PublicAdministrationTab).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(catalog.PopulationDataButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(catalog.StartChangeInterfaceButton).ToBeVisibleAsync();
    }

    [Test]
    public async Task Start_page_takes_a_new_application_for_a_register_update_by_personal_identity_codes()
    {
        var start = await OpenStartPageAsync();

        await start.ChooseNewApplicationAsync();
        await start.ChooseOrderTypeAsync();

        await Expect(start.NewApplicationChoice).ToBeCheckedAsync();
        await Expect(start.OrderTypeChoice).ToBeCheckedAsync();
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Kertaluovutus" })).Not.ToBeCheckedAsync();
    }

    [Test]
    public async Task Form_page_finds_every_profile_field_by_its_meaning()
    {
        await OpenFormDirectlyAsync();
        var scan = await Wizard.Resolver.ScanAsync();

        foreach (var key in new[] { "purpose", "protectionOrder", "neededData", "technicalContact.name", "technicalContact.email", "technicalContact.phone", "deputy.name", "deputy.email", "deputy.phone", "processEmail", "securityStatement" })
        {
            var located = await Wizard.Resolver.FindAsync(Wizard.Intents[key], scan: scan);
            Assert.That(located, Is.Not.Null, $"{key} was not found");
        }
    }

    [Test]
    public async Task Form_page_fills_a_field_and_reads_the_value_back_from_the_page()
    {
        var form = await OpenFormDirectlyAsync();
        var purpose = (await Wizard.Resolver.FindAsync(Wizard.Intents["purpose"]))!;

        await form.TypeAsync(purpose.Locator, "Opiskelijarekisterin ylläpito.");
        var readBack = (await form.ReadBackAsync([purpose])).Single();

        Assert.That(readBack, Is.EqualTo("Opiskelijarekisterin ylläpito."));
        await Expect(Page.GetByLabel("Käyttötarkoitus")).ToHaveValueAsync("Opiskelijarekisterin ylläpito.");
    }

    [Test]
    public async Task Form_page_tells_the_name_field_of_the_contact_from_the_deputys()
    {
        var form = await OpenFormDirectlyAsync();

        var contact = (await Wizard.Resolver.FindAsync(Wizard.Intents["technicalContact.name"]))!;
        var deputy = (await Wizard.Resolver.FindAsync(Wizard.Intents["deputy.name"]))!;
        await form.TypeAsync(contact.Locator, "Aino Esimerkki");
        await form.TypeAsync(deputy.Locator, "Eero Esimerkki");

        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Tekninen yhteyshenkilö" }).GetByLabel("Nimi")).ToHaveValueAsync("Aino Esimerkki");
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "Varahenkilö" }).GetByLabel("Nimi")).ToHaveValueAsync("Eero Esimerkki");
    }

    [Test]
    public async Task Form_page_refuses_to_guess_between_two_fields_with_the_same_label()
    {
        var form = await OpenFormDirectlyAsync();

        var error = Assert.ThrowsAsync<UnsureException>(async () => await Wizard.Resolver.FindAsync(IntentMap.Exactly("name", TargetKind.Text, Labels.Name)));

        Assert.That(error!.Candidates, Has.Count.EqualTo(2));
        Assert.That(error.Message, Does.Contain("Tekninen yhteyshenkilö").And.Contain("Varahenkilö"));
    }

    [Test]
    public async Task Form_page_saves_the_draft_and_the_replica_receives_it()
    {
        var form = await OpenFormDirectlyAsync();
        await form.TypeAsync((await Wizard.Resolver.FindAsync(Wizard.Intents["neededData"]))!.Locator, "Tilaamme tuotteen OPISKELIJA.");

        var outcome = await form.SaveDraftAsync(new TaskCompletionSource().Task);

        Assert.That(outcome, Is.EqualTo(SaveOutcome.Saved));
        Assert.That(Backend.Journal.To(ReplicaPaths.Draft).Single().Body, Does.Contain("Tilaamme tuotteen OPISKELIJA."));
    }

    [Test]
    public async Task Form_page_attaches_a_file_with_its_description()
    {
        var form = await OpenFormDirectlyAsync();
        var pdf = RepoPaths.Fixtures("attachments", "sopimus-koulutuksen-jarjestamisesta.pdf");

        var target = await form.FindAttachmentTargetAsync();
        await form.AttachAsync(target!, pdf, Path.GetFileName(pdf), "Sopimus koulutuksen järjestämisestä");

        Assert.That(await form.HasAttachmentAsync(Path.GetFileName(pdf)), Is.True);
        Assert.That(Backend.Journal.To(ReplicaPaths.Attachments).Single().Body, Does.Contain("Sopimus koulutuksen järjestämisestä"));
    }

    [Test]
    public async Task A_custom_drop_down_named_for_the_order_type_is_opened_and_its_option_chosen()
    {
        await Page.SetContentAsync("""
            <span id="nimi">Tilauksen tyyppi</span>
            <div role="combobox" aria-labelledby="nimi" aria-expanded="false" aria-controls="lista" tabindex="0" id="valinta">Valitse</div>
            <div role="listbox" id="lista" hidden>
              <div role="option" aria-selected="false">Rekisterin päivitys henkilötunnusten perusteella</div>
              <div role="option" aria-selected="false">Rekisterin päivitys muutostietoina</div>
            </div>
            <script>
              const box = document.getElementById('valinta'), list = document.getElementById('lista');
              box.addEventListener('click', () => { list.hidden = false; box.setAttribute('aria-expanded', 'true'); });
              list.addEventListener('click', e => { e.target.setAttribute('aria-selected', 'true'); box.textContent = e.target.textContent; list.hidden = true; box.setAttribute('aria-expanded', 'false'); });
            </script>
            """);

        await new ApplicationStartPage(Wizard).ChooseOrderTypeAsync();

        await Expect(Page.Locator("#valinta")).ToHaveTextAsync("Rekisterin päivitys henkilötunnusten perusteella");
    }

    [Test]
    public async Task A_drop_down_named_for_something_else_is_left_closed_while_the_choice_is_still_being_drawn()
    {
        await Page.SetContentAsync("""
            <div role="combobox" aria-label="Kieli" aria-expanded="false" tabindex="0" id="kieli" onclick="this.dataset.avattu = 'kyllä'">Suomi</div>
            <fieldset id="tyyppi"><legend>Tilauksen tyyppi</legend></fieldset>
            <script>
              setTimeout(() => document.getElementById('tyyppi').insertAdjacentHTML('beforeend',
                '<label><input type="radio" name="tyyppi"> Rekisterin päivitys henkilötunnusten perusteella</label>'), 300);
            </script>
            """);

        await new ApplicationStartPage(Wizard).ChooseOrderTypeAsync();

        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Rekisterin päivitys henkilötunnusten perusteella" })).ToBeCheckedAsync();
        Assert.That(await Page.Locator("#kieli").GetAttributeAsync("data-avattu"), Is.Null);
    }

    private async Task<FrontPage> LogInAsync()
    {
        var login = await LoginPage.OpenAsync(Wizard, Defaults.ServiceOrigin);
        await login.IdentifyAsSimulatedPersonAsync();
        return await FrontPage.ReachedAsync(Wizard);
    }

    private async Task<ApplicationStartPage> OpenStartPageAsync()
    {
        var catalog = await (await LogInAsync()).StartNewApplicationAsync();
        await catalog.ChoosePublicAdministrationAsync();
        await catalog.OpenPopulationDataServicesAsync();
        return await catalog.StartChangeInterfaceApplicationAsync();
    }
}
