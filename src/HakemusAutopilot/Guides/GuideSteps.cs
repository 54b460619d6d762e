namespace HakemusAutopilot.Guides;

internal sealed record GuideStep(string Title, string Check, string? Warning = null);

/// <summary>The guide's words, after DVV's own instructions for the application (Finnish; the service's labels come from the label map).</summary>
internal static class GuideSteps
{
    private static readonly Dictionary<string, GuideStep> Finnish = new(StringComparer.Ordinal)
    {
        ["login"] = new("Kirjaudu asiointipalveluun (vahva tunnistautuminen tai sähköposti ja salasana).", "Kirjaudu itse: HakemusAutopilot ei koskaan tunnistaudu puolestasi."),
        ["start-new-application"] = new("Klikkaa ”Aloita uusi hakemus”.", "Olet etusivulla ”Omat hakemukset”."),
        ["public-administration"] = new("Valitse ”Julkishallinto”-välilehti.", "Välilehti ”Julkishallinto” on valittuna."),
        ["population-data-services"] = new("Klikkaa ”Haluan hakea tietoja väestötietojärjestelmästä”.", "Palveluiden luettelo avautuu."),
        ["change-interface-start"] = new("Valitse ”VTJ-muutosrajapinnan hakemus ja tilaus” ja klikkaa ”Aloita”.", "Klikkaa juuri tämän palvelun ”Aloita”-painiketta."),
        ["new-application"] = new("Valitse ”Uusi hakemus”.", "Hakemuksen tyyppi on ”Uusi hakemus”."),
        ["order-type"] = new("Valitse tilauksen tyypiksi ”Rekisterin päivitys henkilötunnusten perusteella”.", "Tilauksen tyyppi on ”Rekisterin päivitys henkilötunnusten perusteella”."),
        ["open-form"] = new("Klikkaa ”Jatka”.", "Hakemuslomake avautuu."),
        ["form"] = new(
            "Täytä lomakkeen kentät.",
            "Käyttötarkoituksessa kerrotaan, missä tehtävissä ja miten tietoja käytetään, koulutustanne koskevat lainkohdat sekä rekisteri, jota tiedot päivittävät. ”Kuvaa tarvitsemasi tiedot” -kohtaan riittää maininta, että tilaatte tuotteen OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri.",
            "Yleislait, kuten tietosuojalaki, väestötietolaki tai laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista, eivät kelpaa käyttötarkoituksen perusteeksi, eikä pelkkä järjestelmän teknisen päivittämisen tarve ole käyttötarkoitus. Älä valitse kohtaa ”Tarvitsemme kotikuntatiedon myös henkilöistä, joilla on turvakielto”: OPISKELIJA-tuote ei luovuta turvakiellon alaisten tietoja."),
        ["attachments"] = new("Lisää liitteet, esimerkiksi hakijan ja kunnan välinen sopimus koulutuksen järjestämisestä.", "Jokainen liite näkyy luettelossa ”Lisätyt liitteet” kuvauksineen."),
        ["save-draft"] = new("Klikkaa ”Tallenna keskeneräisenä”.", "Hakemuksen voi tallentaa keskeneräisenä ja jatkaa myöhemmin."),
        ["draft-saved"] = new("Hakemus on tallennettu keskeneräisenä.", "Sivulla näkyy tallennuksen ilmoitus."),
        ["stop"] = new(
            "Tarkista hakemus ja klikkaa lopuksi itse ”Lähetä DVV:lle”.",
            "Tarkista kaikki kentät ja liitteet ennen lähettämistä. HakemusAutopilot ei koskaan lähetä hakemusta.",
            "Varmista vielä, että turvakieltoa koskeva valinta on tyhjä."),
    };

    public static GuideStep For(string step) =>
        Finnish.TryGetValue(step, out var known) ? known
        : step.StartsWith("form-", StringComparison.Ordinal) ? Finnish["form"]
        : new GuideStep(step, string.Empty);
}
