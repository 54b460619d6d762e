using System.Globalization;

namespace HakemusAutopilot.Operator;

/// <summary>What the tool tells the person at the keyboard: Finnish by default, English on request. Logs stay English.</summary>
internal sealed class OperatorConsole(TextWriter output, string language)
{
    private static readonly Dictionary<string, (string Fi, string En)> Messages = new(StringComparer.Ordinal)
    {
        ["login"] = ("Kirjaudu sisään avautuneessa selaimessa ({0}). Odotan enintään {1} min.", "Log in in the browser that opened ({0}). I will wait up to {1} min."),
        ["still-waiting"] = ("Odotan yhä kirjautumista ({0} min kulunut).", "Still waiting for you to log in ({0} min so far)."),
        ["logged-in"] = ("Kirjautuminen onnistui. Täytän hakemuksen; älä käytä selainta sillä aikaa.", "Logged in. Filling the application; please do not use the browser meanwhile."),
        ["choose-organisation"] = ("Valitse selaimessa organisaatio, jonka puolesta asioit. Odotan.", "Choose in the browser the organisation you act for. I am waiting."),
        ["headless-live"] = ("Huom. selain on piilotettu (--headless): kukaan ei voi kirjautua siihen. Tämä sopii vain palveluun, joka kirjautuu itse (kuten serve-replica). Jätä --headless pois, niin selain näkyy ja voit kirjautua.", "Note: the browser is hidden (--headless), so nobody can log in to it. This suits only a service that logs in by itself (such as serve-replica). Leave out --headless to see the browser and log in."),
        ["session-expired"] = ("Istunto vanheni. Kirjaudu uudelleen; jatkan siitä, mihin jäin.", "The session expired. Log in again; I will continue where I stopped."),
        ["stop"] = ("Hakemus on täytetty ja tallennettu luonnoksena. Tarkista se selaimessa ja paina itse ”{0}”.", "The application is filled and saved as a draft. Review it in the browser and press \"{0}\" yourself."),
        ["stop-unsaved"] = ("Hakemus on täytetty, mutta luonnosta ei tallennettu. Tarkista ja tallenna se selaimessa.", "The application is filled but the draft was not saved. Review and save it in the browser."),
        ["needs-operator"] = ("Täytä itse nämä kentät: {0}", "Fill these fields yourself: {0}"),
        ["field"] = ("  {0}: {1}", "  {0}: {1}"),
        ["report"] = ("Raportti: {0}", "Report: {0}"),
        ["close-browser"] = ("Selain jää auki. Sulje se, kun olet valmis (tai paina Ctrl+C tässä ikkunassa).", "The browser stays open. Close it when you are done (or press Ctrl+C here)."),
        ["press-enter"] = ("Harjoitus on pysähtynyt ennen lähettämistä. Paina Enter tai sulje selain lopettaaksesi.", "The rehearsal stopped before sending. Press Enter or close the browser to finish."),
        ["failed"] = ("Ajo keskeytyi vaiheessa {0}: {1}", "The run stopped at step {0}: {1}"),
        ["invalid-profile"] = ("Profiilissa on virheitä; selainta ei avattu.", "The profile has errors; no browser was opened."),
        ["guide"] = ("Ohje kirjoitettu: {0} (PDF: {1})", "Guide written: {0} (PDF: {1})"),
        ["tracing"] = ("Jäljitys on päällä: ajokansion trace.zip sisältää sivujen tekstit henkilötietoineen. Säilytä ja poista se sen mukaisesti.", "Tracing is on: trace.zip in the run folder holds the pages' text, personal data included. Keep and delete it accordingly."),
        ["overlay-closed"] = ("Suljin palvelun ilmoituksen ”{0}”: {1}", "Closed the service's notice \"{0}\": {1}"),
        ["record-walk"] = ("Kirjaudu avautuneessa selaimessa ({0}) ja kulje hakemuksen polku käsin. Tallennan palvelun sivut; lähetyspainike on estetty. Paina Enter tässä ikkunassa tai sulje selain, kun olet valmis.", "Log in in the browser that opened ({0}) and walk the application's path by hand. I am recording the service's pages; the send button is blocked. Press Enter here or close the browser when you are done."),
        ["recorded"] = ("Tallenne kirjoitettu: {0} (vastauksia {1}, sivukuvia {2}; henkilötiedot, evästeet ja tunnisteet poistettu). Harjoittele sillä: rehearse --fixtures {0}", "Recording written: {0} (answers: {1}, page snapshots: {2}; personal data, cookies and tokens removed). Rehearse on it: rehearse --fixtures {0}"),
        ["record-short"] = ("Huom. tallenne ei ulotu lomakkeeseen ”{0}” asti: harjoitus ja tarkistus pysähtyvät siihen, mihin tallenne loppuu. Tallenna koko polku lomakkeeseen asti.", "Note: the recording does not reach the form \"{0}\": a rehearsal or check on it stops where it ends. Record the whole path up to the form."),
        ["progress"] = ("  vaihe: {0} ({1} s)", "  step: {0} ({1} s)"),
        ["question"] = ("Kysymys: en ole varma, mikä sivun kohta on ”{0}” (osio: {1}). Ehdokkaat on numeroitu selaimessa:", "Question: I am not sure which element on the page is \"{0}\" (section: {1}). The candidates are numbered in the browser:"),
        ["question-candidate"] = ("  {0}. {1} – {2}", "  {0}. {1} – {2}"),
        ["question-how"] = ("Kirjoita oikean numero (1–{0}) ja paina Enter, tai napsauta oikeaa kohtaa selaimessa. Ctrl+C lopettaa ajon.", "Type the right number (1–{0}) and press Enter, or click the right element in the browser. Ctrl+C ends the run."),
        ["question-how-skip"] = ("Kirjoita oikean numero (1–{0}) ja paina Enter, napsauta oikeaa kohtaa selaimessa, tai kirjoita s, jos täytät kentän itse. Ctrl+C lopettaa ajon.", "Type the right number (1–{0}) and press Enter, click the right element in the browser, or type s to fill it yourself. Ctrl+C ends the run."),
        ["question-click"] = ("Napsauta oikeaa kohtaa selaimessa. Ctrl+C lopettaa ajon.", "Click the right element in the browser. Ctrl+C ends the run."),
        ["question-again"] = ("Vastaa numerolla 1–{0} tai napsauta oikeaa kohtaa selaimessa.", "Answer with a number from 1 to {0}, or click the right element in the browser."),
        ["question-send-refused"] = ("Se on lähetyspainike: työkalu ei paina sitä koskaan, eikä mitään lähetetty. Valitse toinen kohta.", "That is the send button: the tool never presses it, and nothing was sent. Choose another element."),
        ["question-not-an-element"] = ("Siinä ei ole täytettävää tai painettavaa kohtaa. Napsauta itse kenttää tai painiketta.", "There is nothing to fill or press there. Click the field or button itself."),
        ["question-wrong-kind"] = ("Se on {0}, eikä se sovi tähän. Valitse toinen kohta.", "That is a {0}, which does not fit here. Choose another element."),
        ["question-page-changed"] = ("Sivu vaihtui kysymyksen aikana, eikä sitä kohtaa ole enää. Napsauta oikeaa kohtaa selaimessa.", "The page changed during the question, and that element is gone. Click the right element in the browser."),
        ["question-waiting"] = ("Odotan yhä vastausta kohtaan ”{0}” ({1} min kulunut).", "Still waiting for your answer about \"{0}\" ({1} min so far)."),
        ["question-remembered"] = ("Muistan vastauksesi: {0} (tiedosto {1}).", "I will remember your answer: {0} (file {1})."),
        ["question-recalled"] = ("Käytin aiempaa vastausta kohtaan ”{0}”: {1}", "Used an earlier answer for \"{0}\": {1}"),
        ["questions-open"] = ("Avoimia kysymyksiä {0}; ehdokkaat on numeroitu kuvassa {1}. Vastaa näkyvässä ajossa, tai kirjoita numerot vastauspohjaan {2} (kohta choose) ja anna se seuraavalle ajolle: --answers {2}", "Open questions: {0}; the candidates are numbered in {1}. Answer in a visible run, or write the numbers into the answers template {2} (\"choose\") and give it to the next run: --answers {2}"),
        ["keep-session"] = ("Kirjautumistila tallennettiin tiedostoon {0}. Se on voimassa enintään palvelun istunnon ajan; poista tiedosto, kun et enää tarvitse sitä.", "The login state was saved to {0}. It lasts at most as long as the service's session; delete the file when you no longer need it."),
    };

    private static readonly Dictionary<string, string> FinnishSteps = new(StringComparer.Ordinal)
    {
        ["login"] = "kirjautuminen",
        ["login-again"] = "uusi kirjautuminen",
        ["front-page"] = "etusivu",
        ["start-new-application"] = "Aloita uusi hakemus",
        ["public-administration"] = "Julkishallinto-välilehti",
        ["population-data-services"] = "Haluan hakea tietoja väestötietojärjestelmästä",
        ["change-interface-start"] = "VTJ-muutosrajapinnan hakemus ja tilaus → Aloita",
        ["new-application"] = "Uusi hakemus",
        ["order-type"] = "tilauksen tyyppi",
        ["open-form"] = "lomakkeen avaaminen",
        ["reopen-form"] = "lomakkeen avaaminen uudelleen",
        ["fill-form"] = "lomakkeen täyttö",
        ["attachments"] = "liitteet",
        ["save-draft"] = "luonnoksen tallennus",
        ["stop"] = "pysähdys ennen lähettämistä",
        ["guide"] = "ohjeen kirjoittaminen",
    };

    private readonly long started = System.Diagnostics.Stopwatch.GetTimestamp();

    public string Language => language;

    /// <summary>The step now under way, with the time since the run began, for a person who may not touch the browser.</summary>
    public void Progress(string step) =>
        Say("progress", StepName(step, language), (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);

    public static string StepName(string step, string language) =>
        language == "en" ? step : FinnishSteps.GetValueOrDefault(step, step);

    public void Say(string key, params object[] args)
    {
        var (fi, en) = Messages[key];
        output.WriteLine(string.Format(CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "fi-FI"), language == "en" ? en : fi, args));
    }
}
