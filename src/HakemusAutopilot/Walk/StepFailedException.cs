using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Walk;

internal sealed class StepFailedException(string step, string expected, Exception inner)
    : Exception($"Step '{step}' failed: {inner.Message.Split('\n')[0]}", inner)
{
    public string Step => step;

    public string Expected => expected;
}

internal sealed class FieldNotFoundException(string label, string? nearest, string labelMapPath)
    : Exception(
        $"The form has no field labelled {label}."
        + (nearest is null ? string.Empty : $" The nearest label on the page is \"{nearest}\".")
        + $" The service may have renamed it: compare the screenshot with the label map and correct the label there ({labelMapPath}; in the source tree src/HakemusAutopilot/Service/labels.json)."),
    IOperatorMessage
{
    public string Label => label;

    public string Finnish =>
        $"Lomakkeelta ei löytynyt kenttää {label}."
        + (nearest is null ? string.Empty : $" Lähin sivulla näkyvä otsikko on ”{nearest}”.")
        + $" Palvelu on ehkä nimennyt kentän uudelleen: vertaa kuvakaappausta ja korjaa nimi tiedostoon {labelMapPath} (lähdekoodissa src/HakemusAutopilot/Service/labels.json).";
}

internal sealed class DraftNotSavedException(int attempts)
    : Exception($"The draft could not be saved ({attempts} attempts). Everything filled is listed in the report; save it by hand in the browser."), IOperatorMessage
{
    public string Finnish => $"Luonnosta ei saatu tallennettua ({attempts} yritystä). Kaikki täytetyt tiedot ovat raportissa; tallenna hakemus selaimessa itse.";
}

internal sealed class SessionExpiredException() : Exception("The service sent the browser back to the login page.");
