using System.Runtime.CompilerServices;
using HakemusAutopilot.Service;

namespace HakemusAutopilot.Guides;

internal sealed record GuideStep(string Title, string Check, string? Warning = null);

/// <summary>
/// The guide's own words in the profile's language, after DVV's own instructions for the application, spoken to the
/// person who applies. The service's words are quoted from the label map, so that the text names what the pictures
/// show; a word the label map marks unconfirmed carries <see cref="GuessMark"/>.
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
    string GuessNote,
    string LeaveUntickedKey,
    string YouSendKey,
    string ProtectionOrderWarning,
    string FilledCheck,
    IReadOnlyDictionary<string, GuideStep> Steps)
{
    public const string GuessMark = "†";

    private const string Product = "OPISKELIJA";

    // DVV names the product in Finnish in every language.
    private const string ProductName = "OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri";

    /// <summary>The guide's step keys in the order of the walk; a writer's notes are kept under these.</summary>
    public static readonly IReadOnlyList<string> StepKeys =
    [
        "login", "start-new-application", "public-administration", "population-data-services", "change-interface-start",
        "new-application", "order-type", "open-form", "form", "attachments", "save-draft", "draft-saved", "stop",
    ];

    // isConfirmed: whether the label map's key has been seen on DVV's own service; without it every word counts as seen.
    public static GuideWords For(string language, ServiceLabels l, Func<string, bool>? isConfirmed = null)
    {
        string Say(string fi, string sv, string en) => Pick(language, fi, sv, en);
        string Q(string word, [CallerArgumentExpression(nameof(word))] string property = "")
        {
            var key = LabelMap.KeyOf(property[(property.LastIndexOf('.') + 1)..]);
            var mark = isConfirmed is null || isConfirmed(key) ? string.Empty : GuessMark;
            return Quote(language, word) + mark;
        }

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
                "Kuvat on otettu harjoitusympäristöstä, joka jäljittelee DVV:n asiointipalvelua; oikean palvelun sivut voivat poiketa niistä.",
                "Bilderna är tagna i en övningsmiljö som efterliknar MDB:s e-tjänst; sidorna i den riktiga tjänsten kan avvika från dem.",
                "The pictures were taken in a practice environment that imitates DVV's e-service; the pages of the real service may differ from them."),
            Say(
                "Kuvat on otettu DVV:n asiointipalvelusta.",
                "Bilderna är tagna i MDB:s e-tjänst.",
                "The pictures were taken in DVV's e-service."),
            Say(
                $"{GuessMark} Näin merkitty sanamuoto on arvio, jota ei ole vielä tarkistettu DVV:n palvelusta; palvelussa sana voi olla toinen.",
                $"{GuessMark} En formulering med detta märke är preliminär: den har ännu inte kontrollerats i MDB:s tjänst, där ordet kan vara ett annat.",
                $"{GuessMark} A wording marked like this is provisional: it has not yet been checked on DVV's service, where the word may differ."),
            Say("jätä valitsematta", "kryssa inte i", "leave unticked"),
            Say("klikkaa vasta, kun olet tarkistanut hakemuksen", "klicka först när du har granskat ansökan", "click only once you have reviewed the application"),
            Say(
                $"Jätä kohta {Q(l.ProtectionOrder)} valitsematta: tuote {Product} ei luovuta tietoja henkilöistä, joilla on turvakielto.",
                $"Kryssa inte i {Q(l.ProtectionOrder)}: produkten {Product} lämnar inte ut uppgifter om personer som har spärrmarkering.",
                $"Leave {Q(l.ProtectionOrder)} unticked: the {Product} product does not disclose data on persons with a non-disclosure for personal safety."),
            Say(
                "Jokaisessa numeroidussa kentässä on oikea tieto: nimet, sähköpostiosoitteet ja puhelinnumerot kuuluvat oikeille henkilöille.",
                "Varje numrerat fält har rätt uppgift: namn, e-postadresser och telefonnummer hör till rätt personer.",
                "Each numbered field holds the correct detail: names, e-mail addresses and phone numbers belong to the right people."),
            StepsIn(language, l, Q));
    }

    public string Quote(string word) => Quote(Language, word);

    public GuideStep Step(string step) =>
        Steps.TryGetValue(step, out var known) ? known
        : step.StartsWith("form-", StringComparison.Ordinal) ? Steps["form"]
        : new GuideStep(step, string.Empty);

    // Each step's three languages side by side, so that a translation is read against the Finnish it follows.
    private static Dictionary<string, GuideStep> StepsIn(string language, ServiceLabels l, Func<string, string, string> quote)
    {
        GuideStep Step(GuideStep fi, GuideStep sv, GuideStep en) => Pick(language, fi, sv, en);
        string Q(string word, [CallerArgumentExpression(nameof(word))] string property = "") => quote(word, property);
        return new(StringComparer.Ordinal)
        {
            ["login"] = Step(
                new("Kirjaudu DVV:n asiointipalveluun vahvalla tunnistautumisella tai sähköpostilla ja salasanalla.", $"Kirjautumisen jälkeen näet etusivun {Q(l.FrontPageHeading)}."),
                new("Logga in på MDB:s e-tjänst med stark autentisering eller med e-post och lösenord.", $"Efter inloggningen ser du startsidan {Q(l.FrontPageHeading)}."),
                new("Log in to DVV's e-service with strong electronic identification, or with email and password.", $"Once logged in, you see the front page {Q(l.FrontPageHeading)}.")),
            ["start-new-application"] = Step(
                new($"Klikkaa {Q(l.StartNewApplication)}.", $"Sivulla näkyy välilehti {Q(l.PublicAdministrationTab)}."),
                new($"Klicka på {Q(l.StartNewApplication)}.", $"Sidan visar fliken {Q(l.PublicAdministrationTab)}."),
                new($"Click {Q(l.StartNewApplication)}.", $"The page shows the tab {Q(l.PublicAdministrationTab)}.")),
            ["public-administration"] = Step(
                new($"Valitse välilehti {Q(l.PublicAdministrationTab)}.", $"Välilehdellä näkyy {Q(l.PopulationDataServices)}."),
                new($"Välj fliken {Q(l.PublicAdministrationTab)}.", $"Fliken visar {Q(l.PopulationDataServices)}."),
                new($"Select the tab {Q(l.PublicAdministrationTab)}.", $"The tab shows {Q(l.PopulationDataServices)}.")),
            ["population-data-services"] = Step(
                new($"Klikkaa {Q(l.PopulationDataServices)}.", $"Luettelossa näkyy palvelu {Q(l.ChangeInterfaceService)}."),
                new($"Klicka på {Q(l.PopulationDataServices)}.", $"Listan visar tjänsten {Q(l.ChangeInterfaceService)}."),
                new($"Click {Q(l.PopulationDataServices)}.", $"The list shows the service {Q(l.ChangeInterfaceService)}.")),
            ["change-interface-start"] = Step(
                new($"Klikkaa palvelun {Q(l.ChangeInterfaceService)} kohdalla {Q(l.Start)}.", $"Seuraavalla sivulla voit valita {Q(l.NewApplication)}."),
                new($"Klicka på {Q(l.Start)} vid tjänsten {Q(l.ChangeInterfaceService)}.", $"På nästa sida kan du välja {Q(l.NewApplication)}."),
                new($"Click {Q(l.Start)} beside the service {Q(l.ChangeInterfaceService)}.", $"The next page lets you choose {Q(l.NewApplication)}.")),
            ["new-application"] = Step(
                new($"Valitse {Q(l.NewApplication)}.", $"{Q(l.NewApplication)} on valittuna."),
                new($"Välj {Q(l.NewApplication)}.", $"{Q(l.NewApplication)} är valt."),
                new($"Choose {Q(l.NewApplication)}.", $"{Q(l.NewApplication)} is selected.")),
            ["order-type"] = Step(
                new($"Valitse tilauksen tyypiksi {Q(l.OrderTypeByPersonalIdentityCodes)}.", $"{Q(l.OrderTypeByPersonalIdentityCodes)} on valittuna."),
                new($"Välj {Q(l.OrderTypeByPersonalIdentityCodes)} som typ av beställning.", $"{Q(l.OrderTypeByPersonalIdentityCodes)} är valt."),
                new($"Choose {Q(l.OrderTypeByPersonalIdentityCodes)} as the type of order.", $"{Q(l.OrderTypeByPersonalIdentityCodes)} is selected.")),
            ["open-form"] = Step(
                new($"Klikkaa {Q(l.Continue)}.", $"Hakemuslomake avautuu, ja siinä on kenttä {Q(l.Purpose)}."),
                new($"Klicka på {Q(l.Continue)}.", $"Ansökningsblanketten öppnas, med fältet {Q(l.Purpose)}."),
                new($"Click {Q(l.Continue)}.", $"The application form opens, with the field {Q(l.Purpose)}.")),
            ["form"] = Step(
                new(
                    "Täytä lomakkeen kentät.",
                    $"Kentässä {Q(l.Purpose)} kerrotaan, missä tehtävissä ja miten tietoja käytetään, järjestämäänne koulutusta koskevat lainkohdat sekä rekisteri, jota tiedot päivittävät. Kentässä {Q(l.NeededData)} mainitaan, että tilaatte tuotteen *{ProductName}*.",
                    "Yleislait, kuten tietosuojalaki, väestötietolaki tai laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista, eivät kelpaa käyttötarkoituksen perusteeksi, eikä pelkkä järjestelmän teknisen päivittämisen tarve ole käyttötarkoitus."),
                new(
                    "Fyll i fälten på blanketten.",
                    $"Fältet {Q(l.Purpose)} anger i vilka uppdrag och hur uppgifterna används, de lagrum som gäller den utbildning ni ordnar samt det register som uppgifterna uppdaterar. Fältet {Q(l.NeededData)} nämner att ni beställer produkten *{ProductName}* (registret över läroanstalter som ger examensinriktad utbildning).",
                    "Allmänna lagar, såsom dataskyddslagen eller lagen om befolkningsdatasystemet och Myndigheten för digitalisering och befolkningsdatas certifikattjänster, godtas inte som grund för användningsändamålet, och enbart ett behov av att uppdatera ett system tekniskt är inget användningsändamål."),
                new(
                    "Fill in the fields of the form.",
                    $"The field {Q(l.Purpose)} states in which tasks and how the data is used, the provisions of law on the education you provide, and the register that the data updates. The field {Q(l.NeededData)} says that you order the product *{ProductName}* (the register of educational institutions that provide education leading to a qualification).",
                    "General laws, such as the Data Protection Act or the Act on the Population Information System and the Certificate Services of the Digital and Population Data Services Agency, are not accepted as the basis of the purpose of use, and a mere need to update a system technically is not a purpose of use.")),
            ["attachments"] = Step(
                new("Lisää liitteet, esimerkiksi hakijan ja kunnan välinen sopimus koulutuksen järjestämisestä.", "Jokainen lisäämäsi liite näkyy sivulla tiedostonimineen ja kuvauksineen."),
                new("Lägg till bilagorna, till exempel avtalet mellan sökanden och kommunen om att ordna utbildningen.", "Varje bilaga du har lagt till syns på sidan med filnamn och beskrivning."),
                new("Add the attachments, for example the agreement between the applicant and the municipality on providing the education.", "Each attachment you added is shown on the page with its file name and description.")),
            ["save-draft"] = Step(
                new($"Klikkaa {Q(l.SaveDraft)}.", string.Empty, "Keskeneräisenä tallennettua hakemusta voi jatkaa myöhemmin."),
                new($"Klicka på {Q(l.SaveDraft)}.", string.Empty, "En ansökan som sparats som utkast kan du fortsätta med senare."),
                new($"Click {Q(l.SaveDraft)}.", string.Empty, "An application saved as a draft can be continued later.")),
            ["draft-saved"] = Step(
                new("Hakemus on tallennettu keskeneräisenä.", $"Sivulla näkyy ilmoitus {Q(l.DraftSaved)}."),
                new("Ansökan har sparats som utkast.", $"Sidan visar meddelandet {Q(l.DraftSaved)}."),
                new("The application has been saved as a draft.", $"The page shows the message {Q(l.DraftSaved)}.")),
            ["stop"] = Step(
                new(
                    $"Tarkista hakemus ja klikkaa lopuksi {Q(l.SendButton)}.",
                    $"Jokainen kenttä ja liite on oikein, ja kohta {Q(l.ProtectionOrder)} on valitsematta."),
                new(
                    $"Granska ansökan och klicka till sist på {Q(l.SendButton)}.",
                    $"Varje fält och bilaga är rätt, och {Q(l.ProtectionOrder)} är inte ikryssad."),
                new(
                    $"Review the application, then click {Q(l.SendButton)}.",
                    $"Every field and attachment is correct, and {Q(l.ProtectionOrder)} is unticked.")),
        };
    }

    private static string Quote(string language, string word) => language == "en" ? $"“{word}”" : $"”{word}”";

    private static T Pick<T>(string language, T fi, T sv, T en) => language switch
    {
        "fi" => fi,
        "sv" => sv,
        "en" => en,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "A guide is written in fi, sv or en."),
    };
}
