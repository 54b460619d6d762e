using System.Text.Encodings.Web;
using System.Text.Json;

namespace HakemusAutopilot.Drift;

/// <summary>What `check` tells the person at the keyboard, in Finnish by default and in English on request.</summary>
internal sealed class CheckConsole(TextWriter output, string uiLanguage)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, string> FinnishKinds = new(StringComparer.Ordinal)
    {
        ["button"] = "painike",
        ["heading"] = "otsikko",
        ["tab"] = "välilehti",
        ["choice"] = "valinta",
        ["group"] = "ryhmä",
        ["checkbox"] = "valintaruutu",
        ["field"] = "kenttä",
        ["file input"] = "tiedostokenttä",
        ["next page"] = "seuraava sivu",
    };

    private static readonly Dictionary<string, string> FinnishSources = new(StringComparer.Ordinal)
    {
        ["service"] = "palvelu",
        ["bundled replica"] = "mukana tuleva jäljitelmä",
        ["replica"] = "jäljitelmä",
        ["recording"] = "tallenne",
    };

    private bool English => uiLanguage == "en";

    public void Write(CheckReport report, CheckRequest request, Provenance provenance, string labelMapPath)
    {
        var source = English ? provenance.Source : FinnishSources.GetValueOrDefault(provenance.Source, provenance.Source);
        var whyNot = English ? provenance.WhyNot : provenance.WhyNotFinnish;
        var where = request.Live ? $" {request.BaseUrl}" : provenance.RecordedFrom is { } from ? (English ? $" made at {from}" : $" (tallennettu osoitteesta {from})") : string.Empty;
        Say($"Tarkistettiin {source}{where} sanastoa {labelMapPath} vasten (kieli {request.Language}).",
            $"Checked the {source}{where} against the label map {labelMapPath} (language {request.Language}).");
        foreach (var step in report.Steps)
        {
            Say($"{(step.Missing.Count == 0 ? "ok       " : "MUUTTUNUT")} {step.Step}: {step.Found.Count} löytyi, {step.Missing.Count} puuttuu",
                $"{(step.Missing.Count == 0 ? "ok     " : "CHANGED")} {step.Step}: {step.Found.Count} found, {step.Missing.Count} missing");
            // Only a source that can confirm gets a line per word; otherwise the summary below says it once.
            foreach (var word in step.Found.Where(w => w.Unconfirmed && provenance.CanConfirm))
            {
                Say($"          löytyi {Word(word)}, sanastossa vahvistamaton: {source} näyttää sen, avaimen \"{word.Key}\" voi poistaa luettelosta 'unconfirmed'",
                    $"          found {Word(word)}, unconfirmed in the label map: the {source} shows it, you may move \"{word.Key}\" out of 'unconfirmed'");
            }

            foreach (var word in step.Missing)
            {
                var nearest = word.Nearest is null ? string.Empty : English ? $"; nearest on the page: \"{word.Nearest}\"" : $"; sivulla lähimpänä: \"{word.Nearest}\"";
                var unconfirmed = !word.Unconfirmed ? string.Empty
                    : English ? $"; \"{word.Key}\" is unconfirmed in the label map, and the {source} does not show our guess"
                    : $"; \"{word.Key}\" on sanastossa vahvistamaton, eikä {source} näytä arvaustamme";
                Say($"          puuttuu {Word(word)}{nearest}{unconfirmed}", $"          missing {Word(word)}{nearest}{unconfirmed}");
            }
        }

        WriteUnconfirmed(report.Unconfirmed, request.Language, source, provenance.CanConfirm, whyNot);
        WriteSuggestions(report.Suggestions, request.Language, labelMapPath);
        foreach (var answer in report.Remembered)
        {
            Say($"{(answer.StillMatches ? "muistettu" : "VANHENTUNUT")} {answer.Step} / {answer.Intent}: {answer.Element}{(answer.StillMatches ? string.Empty : " – sivu ei enää näytä sitä samana; työkalu kysyy uudelleen")}",
                $"{(answer.StillMatches ? "remembered" : "OUTDATED  ")} {answer.Step} / {answer.Intent}: {answer.Element}{(answer.StillMatches ? string.Empty : " – the page no longer shows it as it was; the tool will ask again")}");
        }
        if (report.NotRecorded.Count > 0)
        {
            Say($"Tallenteessa ei ole vastausta pyyntöihin: {string.Join(", ", report.NotRecorded)}. Tallenne loppuu kesken kierroksen, joten siitä eteenpäin ei tarkistettu mitään.",
                $"The recording has no answer for: {string.Join(", ", report.NotRecorded)}. It ends before the walk did, so the steps from there on were not checked.");
        }

        switch (report.Verdict)
        {
            case CheckReport.Incomplete:
                Say("Tulos: tallenne on vajaa. Tallenna koko polku lomakkeeseen asti (record --out KANSIO) ja tarkista uudelleen; älä muuta sanastoa puuttuvien vaiheiden takia.",
                    "Verdict: the recording is incomplete. Record the whole path up to the form (record --out DIR) and check again; do not change the label map for the steps it lacks.");
                break;
            case CheckReport.Changed:
                Say("Tulos: palvelu poikkeaa sanastosta. Korjaa sanasto (tai jäljitelmä) ennen kuin luotat ajoon.",
                    "Verdict: the service differs from the label map. Correct the label map (or the replica) before trusting a run.");
                break;
            default:
                Say("Tulos: kaikki odotetut otsikot, kentät ja painikkeet löytyivät.", "Verdict: every expected label and button was found.");
                break;
        }
    }

    private void WriteUnconfirmed(UnconfirmedSummary summary, string language, string source, bool canConfirm, string whyNot)
    {
        if (summary.Expected == 0)
        {
            Say($"Vahvistamattomat sanat: yksikään tarkistetuista ei ole sanastossa vahvistamaton (kieli {language}).",
                $"Unconfirmed words: none of the words checked is unconfirmed in the label map (language {language}).");
            return;
        }

        Say($"Vahvistamattomat sanat: tarkistetuista {summary.Expected} on sanastossa vahvistamattomia (kieli {language}); {source} näytti niistä {summary.Seen}.",
            $"Unconfirmed words: {summary.Expected} of the words checked are unconfirmed in the label map (language {language}); the {source} showed {summary.Seen} of them.");
        if (summary.SeenKeys.Count > 0)
        {
            var keys = string.Join(", ", summary.SeenKeys);
            if (canConfirm)
            {
                Say($"  Nähty, voi poistaa luettelosta 'unconfirmed' → \"{language}\": {keys}", $"  Seen, may leave 'unconfirmed' → \"{language}\": {keys}");
            }
            else
            {
                Say($"  Nähty, mutta tämä ei vahvista mitään ({whyNot}); vahvista ajamalla check --live DVV:n palvelua vasten tai sen tallenteella: {keys}",
                    $"  Seen, but this confirms nothing ({whyNot}); check --live against DVV's service, or a recording of it, to confirm: {keys}");
            }
        }

        if (summary.NotSeenKeys.Count > 0)
        {
            Say($"  Ei nähty: {string.Join(", ", summary.NotSeenKeys)}", $"  Not seen: {string.Join(", ", summary.NotSeenKeys)}");
        }
    }

    private void WriteSuggestions(IReadOnlyList<LabelSuggestion> suggestions, string language, string labelMapPath)
    {
        if (suggestions.Count == 0)
        {
            return;
        }

        Say($"Ehdotetut muutokset sanastoon (kieli {language}); tarkista jokainen ennen liittämistä:",
            $"Suggested label map changes (language {language}) — check each before pasting:");
        foreach (var suggestion in suggestions)
        {
            output.WriteLine($"  {JsonSerializer.Serialize(suggestion.Key, Json)}: {JsonSerializer.Serialize(suggestion.Name, Json)}");
        }

        Say($"  (kukin korvaa avaimensa rivin kohdassa \"languages\" → \"{language}\" tiedostossa {labelMapPath})",
            $"  (each replaces the line of its key under \"languages\" → \"{language}\" in {labelMapPath})");
    }

    private string Word(WordFinding word)
    {
        var kind = English ? word.Kind : FinnishKinds.GetValueOrDefault(word.Kind, word.Kind);
        return word.Group is null ? $"{kind} \"{word.Name}\""
            : English ? $"{kind} \"{word.Name}\" under \"{word.Group}\"" : $"{kind} \"{word.Name}\" ryhmässä \"{word.Group}\"";
    }

    private void Say(string finnish, string english) => output.WriteLine(English ? english : finnish);
}
