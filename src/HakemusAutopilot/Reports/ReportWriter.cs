using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HakemusAutopilot.Privacy;

namespace HakemusAutopilot.Reports;

internal sealed class ReportWriter(Redactor redactor)
{
    public const string JsonName = "report.json";
    public const string MarkdownName = "report.md";

    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task WriteAsync(RunReport report, RunFolder folder)
    {
        var model = new
        {
            report.Command,
            report.Mode,
            StartedAt = report.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            report.Profile,
            report.Language,
            report.Outcome,
            report.ElapsedMilliseconds,
            PeakMemoryMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
            report.DraftSaved,
            report.ProtectionOrderUnticked,
            report.SendButtonReached,
            report.SendGuardLifted,
            Fields = report.Fields,
            Attachments = report.Attachments,
            report.NeedsOperator,
            report.Events,
            report.BlockedRequests,
            report.Presses,
            Decisions = report.Decisions.DistinctBy(d => (d.Intent, d.Verdict, d.Chosen, d.Score, d.RunnerUp)),
            report.OpenQuestions,
            report.StopScreenshot,
            report.Failure,
            Steps = report.Steps,
            PhasesMilliseconds = report.Phases,
        };
        var json = redactor.Redact(JsonSerializer.Serialize(model, Json));
        await File.WriteAllTextAsync(folder.File(JsonName), json, Utf8);
        await File.WriteAllTextAsync(folder.File(MarkdownName), redactor.Redact(Markdown(report)), Utf8);
    }

    private static string Markdown(RunReport report)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# HakemusAutopilot: {report.Command} {report.StartedAt.ToString("d.M.yyyy HH.mm", Finnish)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Tulos / outcome: **{OutcomeText(report.Outcome)}**\n");
        md.Append(CultureInfo.InvariantCulture, $"- Tila / mode: {report.Mode}, asiointikieli / service language: {report.Language}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Luonnos tallennettu / draft saved: {YesNo(report.DraftSaved)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Turvakielto-ruutu tyhjä / protection-order box unticked: {YesNo(report.ProtectionOrderUnticked)}\n");
        md.Append(report.SendGuardLifted
            ? "- Hakemusta ei lähetetty: lähettäminen jätettiin sinulle / the application was not sent: sending is left to you\n"
            : "- Hakemusta ei lähetetty / the application was not sent\n");
        md.Append(CultureInfo.InvariantCulture, $"- Pysähtyi Lähetä DVV:lle -painikkeelle / stopped at the send button: {YesNo(report.SendButtonReached)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Kesto / elapsed: {report.ElapsedMilliseconds} ms\n\n");

        if (report.Failure is { } failure)
        {
            md.Append("## Keskeytyi / failed\n\n");
            md.Append(CultureInfo.InvariantCulture, $"- Vaihe / step: {failure.Step}\n- {failure.Message}\n");
            if (failure.Expected is not null)
            {
                md.Append(CultureInfo.InvariantCulture, $"- Odotettiin / expected: {failure.Expected}\n");
            }

            if (failure.Screenshot is not null)
            {
                md.Append(CultureInfo.InvariantCulture, $"- Kuvakaappaus / screenshot: {failure.Screenshot}\n");
            }

            if (failure.PageShowed is not null)
            {
                md.Append("\nSivulla näkyi / the page showed:\n\n```\n").Append(failure.PageShowed).Append("\n```\n");
            }

            md.Append('\n');
        }

        if (report.NeedsOperator.Count > 0)
        {
            md.Append("## Täytä itse / needs the operator\n\n");
            foreach (var label in report.NeedsOperator)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {label}\n");
            }

            md.Append('\n');
        }

        if (report.OpenQuestions.Count > 0)
        {
            md.Append("## Avoimet kysymykset / open questions\n\n");
            foreach (var question in report.OpenQuestions)
            {
                md.Append(CultureInfo.InvariantCulture, $"### {Cell(question.Target)} ({question.Step})\n\n");
                if (question.Screenshot is not null)
                {
                    md.Append(CultureInfo.InvariantCulture, $"![{Cell(question.Target)}]({question.Screenshot})\n\n");
                }

                foreach (var candidate in question.Candidates)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- {Cell(candidate)}\n");
                }

                md.Append('\n');
            }

            if (report.AnswersTemplate is not null)
            {
                md.Append(CultureInfo.InvariantCulture, $"Vastaa / answer: kirjoita oikean ehdokkaan numero tiedoston {report.AnswersTemplate} kohtaan \"choose\" (tai \"answer\": \"skip\", jos kenttä täytetään käsin) ja anna tiedosto seuraavalle ajolle: `--answers {report.AnswersTemplate}`. / Write the right candidate's number into \"choose\" in {report.AnswersTemplate} (or \"answer\": \"skip\" for a field filled by hand) and give it to the next run with `--answers`.\n\n");
            }
        }

        md.Append("## Kentät / fields\n\n| Kenttä | Täytetty | Sivulla | Tarkistettu | Tallennettu |\n|---|---|---|---|---|\n");
        foreach (var field in report.Fields)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(field.Label)} | {Cell(field.Filled)} | {Cell(field.ReadBack)} | {YesNo(field.Verified)} | {YesNo(field.Saved)} |\n");
        }

        // The long texts are the ones to review before sending: the table shows their start, this shows them whole.
        foreach (var field in report.Fields.Where(f => f.Filled.Length > CellLength || f.ReadBack.Length > CellLength))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n### {field.Label}\n\nTäytetty / filled:\n\n{Quoted(field.Filled)}\n");
            md.Append(field.ReadBack == field.Filled ? "\nSivulla sama / the page holds the same.\n" : $"\nSivulla / the page holds:\n\n{Quoted(field.ReadBack)}\n");
        }

        md.Append("\n## Liitteet / attachments\n\n");
        foreach (var attachment in report.Attachments)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {attachment.FileName}: {attachment.Description} ({(attachment.Attached ? "liitetty / attached" : "EI liitetty / not attached")})\n");
        }

        md.Append("\n## Vaiheet / steps\n\n");
        foreach (var step in report.Steps)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {step.Name}: {step.Status} ({step.Milliseconds} ms)\n");
        }

        if (report.Decisions.Count > 0)
        {
            md.Append("\n## Päätökset / decisions\n\n| Kohde / target | Valittu / chosen | Pisteet / score | Toiseksi paras / runner-up | Perusteet / signals |\n|---|---|---|---|---|\n");
            foreach (var d in report.Decisions.Where(d => d.Verdict != "not found").DistinctBy(d => (d.Intent, d.Verdict, d.Chosen, d.Score, d.RunnerUp)))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {d.Intent} | {Cell(d.Chosen ?? "–")}{VerdictNote(d.Verdict)} | {d.Score:0.00} | {Cell(d.RunnerUp ?? "–")} {(d.RunnerUp is null ? string.Empty : d.RunnerUpScore.ToString("0.00", CultureInfo.InvariantCulture))} | {string.Join(", ", d.Signals)} |\n");
            }
        }

        if (report.Presses.Count > 0)
        {
            md.Append("\n## Painallukset ja niitä seuranneet kirjoituspyynnöt / presses and the write requests after each\n\n");
            foreach (var press in report.Presses)
            {
                var writes = press.Writes.Count == 0 ? "–" : string.Join(", ", press.Writes);
                md.Append(CultureInfo.InvariantCulture, $"- {press.Intent} (\"{Cell(press.Element)}\"): {writes}\n");
            }
        }

        if (report.Events.Count > 0)
        {
            md.Append("\n## Tapahtumat / events\n\n");
            foreach (var e in report.Events)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {e}\n");
            }
        }

        return md.ToString();
    }

    private static string OutcomeText(RunOutcome outcome) => outcome switch
    {
        RunOutcome.ReachedTheStop => "valmis tarkistettavaksi / reached the stop",
        RunOutcome.StoppedForOperator => "odottaa käyttäjää / stopped for the operator",
        RunOutcome.Cancelled => "keskeytetty / cancelled",
        RunOutcome.Failed => "epäonnistui / failed",
        _ => "kesken / running",
    };

    private static string YesNo(bool? value) => value switch
    {
        true => "kyllä / yes",
        false => "ei / no",
        null => "ei tiedossa / unknown",
    };

    private static string VerdictNote(string verdict) => verdict switch
    {
        "operator" => " (operaattori valitsi / the operator chose)",
        "memory" => " (muistista / from memory)",
        "answers" => " (vastaustiedostosta / from --answers)",
        "skipped" => " (täytetään käsin / filled by hand)",
        _ => string.Empty,
    };

    private const int CellLength = 120;

    private static string Cell(string text)
    {
        var flat = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length > CellLength ? string.Concat(flat.AsSpan(0, CellLength - 3), "...") : flat;
    }

    private static string Quoted(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => $"> {line}"));
}
