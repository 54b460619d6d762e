using System.Text;
using Microsoft.Playwright;

// Usage: PlainWalk <fixtures/site> <attachment.pdf> <chromium executable>
var site = Path.GetFullPath(args[0]);
var attachment = args[1];
var longText = string.Concat(Enumerable.Repeat("Opiskelijarekisterin ylläpito ja opiskelijavalinnat. ", 20));

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = args[2], Headless = true });
var context = await browser.NewContextAsync(new() { Locale = "fi-FI", TimezoneId = "Europe/Helsinki" });
await context.RouteAsync("**/*", async route =>
{
    var url = new Uri(route.Request.Url);
    if (url.Host != "asiointi.dvv.fi")
    {
        await route.AbortAsync();
        return;
    }

    var (status, type, body) = (route.Request.Method, url.AbsolutePath) switch
    {
        ("GET", "/api/replica/config") => (200, "application/json", "{\"variants\":[],\"language\":\"fi\"}"),
        ("GET", "/api/hakemukset/luonnos") => (404, "application/json", "{}"),
        ("POST", "/api/hakemukset/luonnos") => (200, "application/json", "{\"id\":\"1\",\"tallennettu\":\"2026-11-27T10:00:00+02:00\"}"),
        ("POST", _) => (200, "application/json", "{\"id\":\"1\"}"),
        _ => (200, "", ""),
    };
    if (type.Length > 0)
    {
        await route.FulfillAsync(new() { Status = status, ContentType = type, Body = body });
        return;
    }

    var file = Path.Combine(site, url.AbsolutePath == "/" ? "index.html" : url.AbsolutePath.TrimStart('/'));
    var contentType = Path.GetExtension(file) switch { ".js" => "text/javascript", ".css" => "text/css", _ => "text/html" };
    await route.FulfillAsync(new() { ContentType = contentType + "; charset=utf-8", BodyBytes = await File.ReadAllBytesAsync(file) });
});

var page = await context.NewPageAsync();
await page.GotoAsync("https://asiointi.dvv.fi/#!/login");
await page.GetByRole(AriaRole.Button, new() { Name = "Tunnistaudu" }).ClickAsync();
await page.GetByRole(AriaRole.Button, new() { Name = "Aloita uusi hakemus" }).ClickAsync();
await page.GetByRole(AriaRole.Tab, new() { Name = "Julkishallinto" }).ClickAsync();
await page.GetByRole(AriaRole.Button, new() { Name = "Haluan hakea tietoja väestötietojärjestelmästä" }).ClickAsync();
await page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "VTJ-muutosrajapinnan hakemus ja tilaus" }).GetByRole(AriaRole.Button, new() { Name = "Aloita" }).ClickAsync();
await page.GetByRole(AriaRole.Radio, new() { Name = "Uusi hakemus" }).CheckAsync();
await page.GetByRole(AriaRole.Radio, new() { Name = "Rekisterin päivitys henkilötunnusten perusteella" }).CheckAsync();
await page.GetByRole(AriaRole.Button, new() { Name = "Jatka" }).ClickAsync();

await page.GetByLabel("Käyttötarkoitus").FillAsync(longText);
await page.GetByLabel("Kuvaa tarvitsemasi tiedot").FillAsync("Tilaamme tuotteen OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri.");
foreach (var (group, name) in new[] { ("Tekninen yhteyshenkilö", "Aino Esimerkki"), ("Varahenkilö", "Veikko Malli") })
{
    var fieldset = page.GetByRole(AriaRole.Group, new() { Name = group });
    await fieldset.GetByLabel("Nimi").FillAsync(name);
    await fieldset.GetByLabel("Sähköposti").FillAsync("yhteys@jarvenranta.example");
    await fieldset.GetByLabel("Puhelinnumero").FillAsync("+358 40 000 1001");
}

await page.GetByLabel("Prosessisähköposti").FillAsync("opiskelijahallinto@jarvenranta.example");
await page.GetByLabel("Selvitys tietojen suojauksesta").FillAsync(longText);
await page.GetByLabel("Liitteen kuvaus").FillAsync("Sopimus koulutuksen järjestämisestä kunnan kanssa");
await page.GetByLabel("Lisää liite").SetInputFilesAsync(attachment);
await page.GetByRole(AriaRole.List, new() { Name = "Lisätyt liitteet" }).GetByRole(AriaRole.Listitem).WaitForAsync();
await page.GetByRole(AriaRole.Checkbox, new() { Name = "turvakielto" }).SetCheckedAsync(false);
await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna keskeneräisenä" }).ClickAsync();
await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "tallennettu" }).WaitForAsync();
Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine("saved");
