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

/// <summary>A failure that is a question for the operator, not a fault: the run stops with exit 4 and says what to do.</summary>
internal interface IStopsForOperator
{
}

internal sealed class ProtectionOrderNotFoundException(string label)
    : Exception($"The box \"{label}\" was not found with certainty, so the draft was not saved. Check in the browser that it is NOT ticked, then save and send yourself."), IOperatorMessage, IStopsForOperator
{
    public string Finnish => $"Ruutua ”{label}” ei löytynyt varmasti, joten luonnosta ei tallennettu. Tarkista selaimessa, että ruutu EI ole valittuna, ja tallenna ja lähetä itse.";
}

internal sealed class ProtectionOrderTickedException(string label)
    : Exception($"The box \"{label}\" stayed ticked although the tool unticked it, so the draft was not saved. Untick it in the browser before you save or send."), IOperatorMessage, IStopsForOperator
{
    public string Finnish => $"Ruutu ”{label}” jäi valituksi, vaikka työkalu poisti valinnan, joten luonnosta ei tallennettu. Poista valinta selaimessa ennen kuin tallennat tai lähetät.";
}
