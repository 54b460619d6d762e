using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

// Usage: PlainWalk <site|uibootstrap|material|suomifi|govuk> <site folder> <attachment.pdf> <chromium executable>
var site = Path.GetFullPath(args[1]);
var attachment = args[2];
var attachmentName = Path.GetFileName(attachment);
var longText = string.Concat(Enumerable.Repeat("Opiskelijarekisterin ylläpito ja opiskelijavalinnat. ", 20));
const string Needed = "Tilaamme tuotteen OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri.";
const string Email = "yhteys@jarvenranta.example";
const string Phone = "+358 40 000 1001";
const string ProcessEmail = "opiskelijahallinto@jarvenranta.example";
const string AttachmentDescription = "Sopimus koulutuksen järjestämisestä kunnan kanssa";
(string First, string Last)[] people = [("Aino", "Esimerkki"), ("Veikko", "Malli")];

Func<IPage, Task> walk = args[0] switch
{
    "site" => Site,
    "uibootstrap" => UiBootstrap,
    "material" => Material,
    "suomifi" => Suomifi,
    "govuk" => GovUk,
    _ => throw new ArgumentException($"Unknown rendering '{args[0]}': use site, uibootstrap, material, suomifi or govuk."),
};

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = args[3], Headless = true });
var context = await browser.NewContextAsync(new() { Locale = "fi-FI", TimezoneId = "Europe/Helsinki" });
await context.RouteAsync("**/*", async route =>
{
    var url = new Uri(route.Request.Url);
    if (url.Host != "asiointi.dvv.fi")
    {
        await route.AbortAsync();
        return;
    }

    // Every rendering talks to the same endpoints; the replicas keep nimi and csrfToken from the login.
    var (status, type, body) = (route.Request.Method, url.AbsolutePath) switch
    {
        ("GET", "/api/replica/config") => (200, "application/json", "{\"variants\":[],\"language\":\"fi\"}"),
        ("GET", "/api/hakemukset/luonnos") => (404, "application/json", "{}"),
        ("POST", "/api/hakemukset/luonnos") => (200, "application/json", "{\"id\":\"1\",\"tallennettu\":\"2026-11-27T10:00:00+02:00\"}"),
        ("POST", "/api/istunto") => (200, "application/json", "{\"nimi\":\"Testi Käyttäjä\",\"csrfToken\":\"t\"}"),
        ("POST", _) => (200, "application/json", "{\"id\":\"1\"}"),
        _ => (200, "", ""),
    };
    if (type.Length > 0)
    {
        await route.FulfillAsync(new() { Status = status, ContentType = type, Body = body });
        return;
    }

    var file = Path.Combine(site, url.AbsolutePath == "/" ? "index.html" : url.AbsolutePath.TrimStart('/'));
    if (!File.Exists(file))
    {
        await route.FulfillAsync(new() { Status = 404 });
        return;
    }

    var contentType = Path.GetExtension(file) switch { ".js" => "text/javascript", ".css" => "text/css", _ => "text/html" };
    await route.FulfillAsync(new() { ContentType = contentType + "; charset=utf-8", BodyBytes = await File.ReadAllBytesAsync(file) });
});

var page = await context.NewPageAsync();
await page.GotoAsync("https://asiointi.dvv.fi/#!/login");
await walk(page);
Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine("saved");

async Task Site(IPage page)
{
    await page.GetByRole(AriaRole.Button, new() { Name = "Tunnistaudu" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Aloita uusi hakemus" }).ClickAsync();
    await page.GetByRole(AriaRole.Tab, new() { Name = "Julkishallinto" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Haluan hakea tietoja väestötietojärjestelmästä" }).ClickAsync();
    await page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "VTJ-muutosrajapinnan hakemus ja tilaus" }).GetByRole(AriaRole.Button, new() { Name = "Aloita" }).ClickAsync();
    await page.GetByRole(AriaRole.Radio, new() { Name = "Uusi hakemus" }).CheckAsync();
    await page.GetByRole(AriaRole.Radio, new() { Name = "Rekisterin päivitys henkilötunnusten perusteella" }).CheckAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Jatka" }).ClickAsync();

    await page.GetByLabel("Käyttötarkoitus").FillAsync(longText);
    await page.GetByLabel("Kuvaa tarvitsemasi tiedot").FillAsync(Needed);
    foreach (var (group, (first, last)) in new[] { "Tekninen yhteyshenkilö", "Varahenkilö" }.Zip(people))
    {
        var fieldset = page.GetByRole(AriaRole.Group, new() { Name = group });
        await fieldset.GetByLabel("Nimi").FillAsync($"{first} {last}");
        await fieldset.GetByLabel("Sähköposti").FillAsync(Email);
        await fieldset.GetByLabel("Puhelinnumero").FillAsync(Phone);
    }

    await page.GetByLabel("Prosessisähköposti").FillAsync(ProcessEmail);
    await page.GetByLabel("Selvitys tietojen suojauksesta").FillAsync(longText);
    await page.GetByLabel("Liitteen kuvaus").FillAsync(AttachmentDescription);
    await page.GetByLabel("Lisää liite").SetInputFilesAsync(attachment);
    await page.GetByRole(AriaRole.List, new() { Name = "Lisätyt liitteet" }).GetByRole(AriaRole.Listitem).WaitForAsync();
    await page.GetByRole(AriaRole.Checkbox, new() { Name = "turvakielto" }).SetCheckedAsync(false);
    await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna keskeneräisenä" }).ClickAsync();
    await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "tallennettu" }).WaitForAsync();
}

async Task UiBootstrap(IPage page)
{
    await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu sisään" }).ClickAsync();
    await page.GetByRole(AriaRole.Link, new() { Name = "Aloita uusi hakemus" }).ClickAsync();
    await page.GetByRole(AriaRole.Link, new() { Name = "Julkishallinto" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Haluan hakea tietoja väestötietojärjestelmästä" }).ClickAsync();
    // The service rows are bare divs, and the near-miss row's description names this service too.
    await page.Locator(".palvelu-rivi").Filter(new() { Has = page.GetByText("VTJ-muutosrajapinnan hakemus ja tilaus", new() { Exact = true }) }).GetByRole(AriaRole.Button, new() { Name = "Aloita" }).ClickAsync();
    // uib-btn-radio is a bare label, and the select's label has no for.
    await page.GetByText("Uusi hakemus", new() { Exact = true }).ClickAsync();
    await page.GetByRole(AriaRole.Combobox).SelectOptionAsync("Rekisterin päivitys henkilötunnusten perusteella");
    await page.GetByRole(AriaRole.Button, new() { Name = "Seuraava" }).ClickAsync();

    await page.GetByLabel("Käyttötarkoitus").FillAsync(longText);
    await page.GetByLabel("Kuvaa tarvitsemasi tiedot").FillAsync(Needed);
    // No fieldsets: the contact's and the deputy's fields share their names, contact first.
    // By role, because the label text of a required field ends in a (hidden) star.
    foreach (var (i, (first, last)) in people.Index())
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Nimi", Exact = true }).Nth(i).FillAsync($"{first} {last}");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Sähköposti", Exact = true }).Nth(i).FillAsync(Email);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Puhelin", Exact = true }).Nth(i).FillAsync(Phone);
    }

    await page.GetByLabel("Sähköposti prosessiviesteille").FillAsync(ProcessEmail);
    await page.GetByLabel("Selvitys tietojen suojaamisesta").FillAsync(longText);
    var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Valitse tiedosto" }).ClickAsync());
    await chooser.SetFilesAsync(attachment);
    // The description field only comes with the listed attachment's row.
    await page.GetByLabel("Kuvaus", new() { Exact = true }).FillAsync(AttachmentDescription);
    await page.GetByRole(AriaRole.Checkbox, new() { Name = "turvakielto" }).SetCheckedAsync(false);
    await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
    await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Luonnos on tallennettu" }).WaitForAsync();
}

async Task Material(IPage page)
{
    await page.GetByRole(AriaRole.Button, new() { Name = "Tunnistaudu Suomi.fi-palvelussa" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Aloita uusi hakemus" }).ClickAsync();
    await page.GetByRole(AriaRole.Tab, new() { Name = "Julkishallinto" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Haluan hakea tietoja väestötietojärjestelmästä" }).ClickAsync();
    // A menu item's name is its title plus description, and the near-miss description names this service: match the start.
    await page.GetByRole(AriaRole.Menuitem, new() { NameRegex = new Regex("^VTJ-muutosrajapinnan hakemus ja tilaus") }).ClickAsync();
    await page.GetByRole(AriaRole.Radio, new() { Name = "Uusi hakemus" }).CheckAsync();
    await page.GetByRole(AriaRole.Combobox, new() { Name = "Tilauksen tyyppi" }).ClickAsync();
    await page.GetByRole(AriaRole.Option, new() { Name = "Rekisterin päivitys henkilötunnusten perusteella" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Jatka hakemukseen" }).ClickAsync();

    await page.GetByLabel("Käyttötarkoitus").FillAsync(longText);
    await page.GetByLabel("Kuvaa tarvitsemasi tiedot").FillAsync(Needed);
    // mat-card has no role; only its title tells the contact's fields from the deputy's.
    foreach (var (card, (first, last)) in new[] { "Tekninen yhteyshenkilö", "Varahenkilö" }.Zip(people))
    {
        var fields = page.Locator("mat-card").Filter(new() { HasText = card });
        await fields.GetByLabel("Etunimi").FillAsync(first);
        await fields.GetByLabel("Sukunimi").FillAsync(last);
        await fields.GetByLabel("Sähköposti").FillAsync(Email);
        await fields.GetByLabel("Puhelin").FillAsync(Phone);
    }

    await page.GetByLabel("Prosessisähköposti").FillAsync(ProcessEmail);
    await page.GetByPlaceholder("Selvitys tietojen suojauksesta").FillAsync(longText);
    // The description goes with the next upload, so it comes first.
    await page.GetByLabel("Liitteen kuvaus").FillAsync(AttachmentDescription);
    await page.GetByLabel("Pudota tiedostot tähän tai valitse").SetInputFilesAsync(attachment);
    await page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = attachmentName }).WaitForAsync();
    await page.GetByRole(AriaRole.Checkbox, new() { Name = "turvakielto" }).SetCheckedAsync(false);
    await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
    await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Luonnos tallennettu" }).WaitForAsync();
}

async Task Suomifi(IPage page)
{
    await page.GetByRole(AriaRole.Button, new() { Name = "Tunnistaudu Suomi.fi-palvelussa" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Aloita uusi hakemus" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Julkishallinto" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Haluan hakea tietoja väestötietojärjestelmästä" }).ClickAsync();
    await page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "VTJ-muutosrajapinnan hakemus ja tilaus", Exact = true }) }).GetByRole(AriaRole.Button, new() { Name = "Aloita" }).ClickAsync();
    // The radio inputs lie under their icons, so the labels take the clicks.
    await page.GetByText("Uusi hakemus", new() { Exact = true }).ClickAsync();
    await page.GetByText("Rekisterin päivitys henkilötunnusten perusteella", new() { Exact = true }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Jatka" }).ClickAsync();

    await page.GetByLabel("Käyttötarkoitus").FillAsync(longText);
    await page.GetByLabel("Kuvaa tarvitsemasi tiedot").FillAsync(Needed);
    // The contact table's inputs have no labels; its columns are Nimi, Sähköposti, Puhelinnumero.
    foreach (var (row, (first, last)) in new[] { "Tekninen yhteyshenkilö", "Varahenkilö" }.Zip(people))
    {
        var cells = page.GetByRole(AriaRole.Row, new() { Name = row }).GetByRole(AriaRole.Textbox);
        await cells.Nth(0).FillAsync($"{first} {last}");
        await cells.Nth(1).FillAsync(Email);
        await cells.Nth(2).FillAsync(Phone);
    }

    await page.GetByLabel("Prosessisähköposti").FillAsync(ProcessEmail);
    await page.GetByLabel("Tietoturvaselvitys").FillAsync(longText);
    await page.GetByLabel("Liitteen kuvaus").FillAsync(AttachmentDescription);
    await page.GetByLabel("Lisää liite").SetInputFilesAsync(attachment);
    await page.GetByRole(AriaRole.List, new() { Name = "Lisätyt liitteet" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = attachmentName }).WaitForAsync();
    await page.GetByRole(AriaRole.Checkbox, new() { Name = "turvakielto" }).SetCheckedAsync(false);
    await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna keskeneräisenä" }).ClickAsync();
    // The saved toast has no role.
    await page.GetByText("Hakemus tallennettu keskeneräisenä").WaitForAsync();
}

async Task GovUk(IPage page)
{
    await page.GetByRole(AriaRole.Button, new() { Name = "Tunnistaudu Suomi.fi-palvelussa" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Aloita uusi hakemus" }).ClickAsync();
    await page.GetByRole(AriaRole.Link, new() { Name = "Julkishallinto" }).ClickAsync();
    await page.GetByText("Haluan hakea tietoja väestötietojärjestelmästä").ClickAsync();
    await page.GetByRole(AriaRole.Link, new() { Name = "Aloita VTJ-muutosrajapinnan hakemus ja tilaus" }).ClickAsync();
    await page.GetByRole(AriaRole.Radio, new() { Name = "Uusi hakemus" }).CheckAsync();
    await page.GetByRole(AriaRole.Radio, new() { Name = "Rekisterin päivitys henkilötunnusten perusteella" }).CheckAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Jatka" }).ClickAsync();

    // No Enter anywhere: it would submit the form, and its only submit is "Lähetä DVV:lle".
    await page.GetByLabel("Käyttötarkoitus").FillAsync(longText);
    await page.GetByLabel("Kuvaa tarvitsemasi tiedot").FillAsync(Needed);
    foreach (var (group, (first, last)) in new[] { "Tekninen yhteyshenkilö", "Tekninen varahenkilö" }.Zip(people))
    {
        var fieldset = page.GetByRole(AriaRole.Group, new() { Name = group });
        await fieldset.GetByLabel("Nimi").FillAsync($"{first} {last}");
        await fieldset.GetByLabel("Sähköposti").FillAsync(Email);
        await fieldset.GetByLabel("Puhelin").FillAsync(Phone);
    }

    await page.GetByLabel("Prosessisähköposti").FillAsync(ProcessEmail);
    await page.GetByLabel("Selvitys tietoturvasta").FillAsync(longText);
    await page.GetByLabel("Liitteen kuvaus").FillAsync(AttachmentDescription);
    await page.GetByLabel("Lisää liite").SetInputFilesAsync(attachment);
    await page.GetByRole(AriaRole.Link, new() { Name = $"Poista liite {attachmentName}" }).WaitForAsync();
    await page.GetByRole(AriaRole.Checkbox, new() { Name = "turvakielto" }).SetCheckedAsync(false);
    await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnoksena" }).ClickAsync();
    await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Hakemus on tallennettu luonnoksena" }).WaitForAsync();
}
