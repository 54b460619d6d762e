using HakemusAutopilot.Service;

namespace HakemusAutopilot.Guides;

internal sealed record GuideStep(string Title, string Check, string? Warning = null);

/// <summary>
/// The guide's own words in the profile's language, after DVV's own instructions for the application. The service's
/// words are quoted from the label map, so that the text names what the pictures show.
/// </summary>
internal sealed record GuideWords(
    string Language,
    string Locale,
    string DocumentTitle,
    string Heading,
    string CheckCaption,
    string NoteCaption,
    string PdfName,
    string FromReplica,
    string FromService,
    IReadOnlyDictionary<string, GuideStep> Steps)
{
    private const string Product = "OPISKELIJA";

    public static GuideWords For(string language, ServiceLabels l)
    {
        string Say(string fi, string sv, string en) => Pick(language, fi, sv, en);
        var title = Say($"Ohje: {l.ChangeInterfaceService}", $"Anvisning: {l.ChangeInterfaceService}", $"Guide: {l.ChangeInterfaceService}");
        return new(
            language,
            Say("fi-FI", "sv-FI", "en-GB"),
            title,
            $"{title} ({Product})",
            Say("Tarkista:", "Kontrollera:", "Check:"),
            Say("Huom.", "Obs.", "Note:"),
            Say("ohje.pdf", "anvisning.pdf", "guide.pdf"),
            Say(
                "Kuvat on otettu HakemusAutopilotin harjoitusympäristöstä, joka jäljittelee DVV:n asiointipalvelua; oikean palvelun sivut voivat poiketa niistä.",
                "Bilderna är tagna i HakemusAutopilots övningsmiljö, som efterliknar MDB:s e-tjänst; sidorna i den riktiga tjänsten kan avvika från dem.",
                "The pictures were taken in HakemusAutopilot's rehearsal environment, which imitates DVV's e-service; the pages of the real service may differ from them."),
            Say(
                "Kuvat on otettu DVV:n asiointipalvelusta HakemusAutopilotin ajon aikana.",
                "Bilderna är tagna i MDB:s e-tjänst medan HakemusAutopilot kördes.",
                "The pictures were taken in DVV's e-service during a HakemusAutopilot run."),
            StepsIn(language, l));
    }

    public GuideStep Step(string step) =>
        Steps.TryGetValue(step, out var known) ? known
        : step.StartsWith("form-", StringComparison.Ordinal) ? Steps["form"]
        : new GuideStep(step, string.Empty);

    // Each step's three languages side by side, so that a translation is read against the Finnish it follows.
    private static Dictionary<string, GuideStep> StepsIn(string language, ServiceLabels l)
    {
        GuideStep Step(GuideStep fi, GuideStep sv, GuideStep en) => Pick(language, fi, sv, en);
        return new(StringComparer.Ordinal)
        {
            ["login"] = Step(
                new("Kirjaudu asiointipalveluun (vahva tunnistautuminen tai sähköposti ja salasana).", "Kirjaudu itse: HakemusAutopilot ei koskaan tunnistaudu puolestasi."),
                new("Logga in i e-tjänsten (stark autentisering eller e-post och lösenord).", "Logga in själv: HakemusAutopilot loggar aldrig in för din räkning."),
                new("Log in to the e-service (strong electronic identification, or email and password).", "Log in yourself: HakemusAutopilot never logs in on your behalf.")),
            ["start-new-application"] = Step(
                new($"Klikkaa ”{l.StartNewApplication}”.", $"Olet etusivulla ”{l.FrontPageHeading}”."),
                new($"Klicka på ”{l.StartNewApplication}”.", $"Du är på startsidan ”{l.FrontPageHeading}”."),
                new($"Click “{l.StartNewApplication}”.", $"You are on the front page, “{l.FrontPageHeading}”.")),
            ["public-administration"] = Step(
                new($"Valitse ”{l.PublicAdministrationTab}”-välilehti.", $"Välilehti ”{l.PublicAdministrationTab}” on valittuna."),
                new($"Välj fliken ”{l.PublicAdministrationTab}”.", $"Fliken ”{l.PublicAdministrationTab}” är vald."),
                new($"Select the “{l.PublicAdministrationTab}” tab.", $"The “{l.PublicAdministrationTab}” tab is selected.")),
            ["population-data-services"] = Step(
                new($"Klikkaa ”{l.PopulationDataServices}”.", "Palveluiden luettelo avautuu."),
                new($"Klicka på ”{l.PopulationDataServices}”.", "Förteckningen över tjänster öppnas."),
                new($"Click “{l.PopulationDataServices}”.", "The list of services opens.")),
            ["change-interface-start"] = Step(
                new($"Valitse ”{l.ChangeInterfaceService}” ja klikkaa ”{l.Start}”.", $"Klikkaa juuri tämän palvelun ”{l.Start}”-painiketta."),
                new($"Välj ”{l.ChangeInterfaceService}” och klicka på ”{l.Start}”.", $"Klicka på knappen ”{l.Start}” för just den här tjänsten."),
                new($"Find “{l.ChangeInterfaceService}” and click “{l.Start}”.", $"Click the “{l.Start}” button of this service and not of another one.")),
            ["new-application"] = Step(
                new($"Valitse ”{l.NewApplication}”.", $"Hakemuksen tyyppi on ”{l.NewApplication}”."),
                new($"Välj ”{l.NewApplication}”.", $"Typen av ansökan är ”{l.NewApplication}”."),
                new($"Select “{l.NewApplication}”.", $"The type of application is “{l.NewApplication}”.")),
            ["order-type"] = Step(
                new($"Valitse tilauksen tyypiksi ”{l.OrderTypeByPersonalIdentityCodes}”.", $"Tilauksen tyyppi on ”{l.OrderTypeByPersonalIdentityCodes}”."),
                new($"Välj ”{l.OrderTypeByPersonalIdentityCodes}” som typ av beställning.", $"Typen av beställning är ”{l.OrderTypeByPersonalIdentityCodes}”."),
                new($"Select “{l.OrderTypeByPersonalIdentityCodes}” as the type of order.", $"The type of order is “{l.OrderTypeByPersonalIdentityCodes}”.")),
            ["open-form"] = Step(
                new($"Klikkaa ”{l.Continue}”.", "Hakemuslomake avautuu."),
                new($"Klicka på ”{l.Continue}”.", "Ansökningsblanketten öppnas."),
                new($"Click “{l.Continue}”.", "The application form opens.")),
            ["form"] = Step(
                new(
                    "Täytä lomakkeen kentät.",
                    $"Käyttötarkoituksessa kerrotaan, missä tehtävissä ja miten tietoja käytetään, koulutustanne koskevat lainkohdat sekä rekisteri, jota tiedot päivittävät. ”{l.NeededData}” -kohtaan riittää maininta, että tilaatte tuotteen {Product} tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri.",
                    $"Yleislait, kuten tietosuojalaki, väestötietolaki tai laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista, eivät kelpaa käyttötarkoituksen perusteeksi, eikä pelkkä järjestelmän teknisen päivittämisen tarve ole käyttötarkoitus. Älä valitse kohtaa ”{l.ProtectionOrder}”: {Product}-tuote ei luovuta turvakiellon alaisten tietoja."),
                new(
                    "Fyll i fälten på blanketten.",
                    $"Ange i användningsändamålet i vilka uppdrag och hur uppgifterna används, de lagrum som gäller den utbildning ni ordnar samt det register som uppgifterna uppdaterar. Under ”{l.NeededData}” räcker det att nämna att ni beställer produkten {Product} för registret över läroanstalter som ger examensinriktad utbildning.",
                    $"Allmänna lagar, såsom dataskyddslagen eller lagen om befolkningsdatasystemet och Myndigheten för digitalisering och befolkningsdatas certifikattjänster, godtas inte som grund för användningsändamålet, och enbart ett behov av att uppdatera ett system tekniskt är inget användningsändamål. Välj inte ”{l.ProtectionOrder}”: produkten {Product} lämnar inte ut uppgifter om personer som har spärrmarkering."),
                new(
                    "Fill in the fields of the form.",
                    $"The purpose of use states in which tasks and how the data is used, the provisions of law on the education you provide, and the register that the data updates. Under “{l.NeededData}” it is enough to say that you are ordering the product {Product} for the register of educational institutions that provide education leading to a qualification.",
                    $"General laws, such as the Data Protection Act or the Act on the Population Information System and the Certificate Services of the Digital and Population Data Services Agency, are not accepted as the basis of the purpose of use, and a mere need to update a system technically is not a purpose of use. Do not select “{l.ProtectionOrder}”: the {Product} product does not disclose data on persons with a non-disclosure for personal safety.")),
            ["attachments"] = Step(
                new("Lisää liitteet, esimerkiksi hakijan ja kunnan välinen sopimus koulutuksen järjestämisestä.", $"Jokainen liite näkyy luettelossa ”{l.AddedAttachments}” kuvauksineen."),
                new("Lägg till bilagorna, till exempel avtalet mellan sökanden och kommunen om att ordna utbildningen.", $"Varje bilaga syns med sin beskrivning i förteckningen ”{l.AddedAttachments}”."),
                new("Add the attachments, for example the agreement between the applicant and the municipality on providing the education.", $"Each attachment is listed under “{l.AddedAttachments}” with its description.")),
            ["save-draft"] = Step(
                new($"Klikkaa ”{l.SaveDraft}”.", "Hakemuksen voi tallentaa keskeneräisenä ja jatkaa myöhemmin."),
                new($"Klicka på ”{l.SaveDraft}”.", "Du kan spara ansökan som utkast och fortsätta senare."),
                new($"Click “{l.SaveDraft}”.", "You can save the application as a draft and continue later.")),
            ["draft-saved"] = Step(
                new("Hakemus on tallennettu keskeneräisenä.", "Sivulla näkyy tallennuksen ilmoitus."),
                new("Ansökan har sparats som utkast.", "Sidan visar ett meddelande om att ansökan har sparats."),
                new("The application has been saved as a draft.", "The page shows a message that the application was saved.")),
            ["stop"] = Step(
                new(
                    $"Tarkista hakemus ja klikkaa lopuksi itse ”{l.SendButton}”.",
                    "Tarkista kaikki kentät ja liitteet ennen lähettämistä. HakemusAutopilot ei koskaan lähetä hakemusta.",
                    "Varmista vielä, että turvakieltoa koskeva valinta on tyhjä."),
                new(
                    $"Granska ansökan och klicka till sist själv på ”{l.SendButton}”.",
                    "Granska alla fält och bilagor innan du skickar ansökan. HakemusAutopilot skickar aldrig ansökan.",
                    "Kontrollera ännu en gång att rutan som gäller spärrmarkering inte är ikryssad."),
                new(
                    $"Review the application and finally click “{l.SendButton}” yourself.",
                    "Go through every field and attachment before you send. HakemusAutopilot never sends the application.",
                    "Make sure once more that the box about a non-disclosure for personal safety is not ticked.")),
        };
    }

    private static T Pick<T>(string language, T fi, T sv, T en) => language switch
    {
        "fi" => fi,
        "sv" => sv,
        "en" => en,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "A guide is written in fi, sv or en."),
    };
}
