using System.Text.Encodings.Web;
using System.Text.Json;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Cli;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Drift;

internal sealed record CheckRequest(bool Live, Uri BaseUrl, string Language, string? FixturesDirectory, IReadOnlySet<string> Variants);

/// <summary>
/// What was checked, and whether what it shows can confirm a guessed word: only DVV's own service can, live or
/// recorded in the language checked. The replica and practice copies of it show our own guesses.
/// </summary>
internal sealed record Provenance(string Source, Uri? RecordedFrom, bool CanConfirm, string WhyNot)
{
    public static Provenance Of(CheckRequest request, HarReplay? recording)
    {
        if (request.Live)
        {
            return RehearsalRouting.IsRealService(request.BaseUrl)
                ? new("service", null, true, string.Empty)
                : new("service", null, false, $"{request.BaseUrl} is not DVV's service, so it shows our own guesses");
        }

        if (recording is null)
        {
            return new(request.FixturesDirectory is null ? "bundled replica" : "replica", null, false, "it shows our own guesses");
        }

        var from = recording.RecordedOrigin;
        return from is null || !RehearsalRouting.IsRealService(from)
            ? new("recording", from, false, $"it was recorded from {from?.ToString() ?? "an unknown address"}, not from DVV's service")
            : recording.RecordedLanguage is { } recorded && recorded != request.Language
                ? new("recording", from, false, $"it was recorded in language {recorded}, not {request.Language}")
                : new("recording", from, true, string.Empty);
    }
}

/// <summary>`check`: is the service (or a recording of it) still the one the label map describes?</summary>
internal sealed class CheckCommand(
    BrowserLauncher launcher,
    LabelMap labelMap,
    Redactor redactor,
    IOptions<RunsOptions> runs,
    ILoggerFactory loggers,
    TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<int> RunAsync(CheckRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        var labels = labelMap.For(request.Language);
        RehearsalRouting? routing = null;
        if (!request.Live)
        {
            routing = RehearsalRouting.ForFixtures(request.FixturesDirectory ?? Walk.RunSession.DefaultFixtures, request.Variants, request.Language, time, loggers);
        }

        await using var browser = await launcher.LaunchAsync(new LaunchRequest(Headless: !request.Live, LoopbackOnly: !request.Live));
        var context = await browser.NewContextAsync();
        if (routing is not null)
        {
            await routing.AttachAsync(context);
        }

        var wizard = await Wizard.OpenAsync(context, labels, new SendGuard(labelMap.SendButtonNames), loggers);
        var page = wizard.Page;
        var check = new DriftCheck(wizard, TimeSpan.FromSeconds(request.Live ? 10 : 5), key => labelMap.IsConfirmed(request.Language, key));
        await check.RunAsync(request.BaseUrl, async login =>
        {
            if (request.Live)
            {
                output.WriteLine($"Log in in the browser that opened ({page.Url}); nothing will be filled or sent.");
            }
            else
            {
                await login.IdentifyAsSimulatedPersonAsync();
            }

            await login.WaitForLoginAsync(TimeSpan.FromMinutes(launcher.Options.LoginTimeoutMinutes), _ => { }, TimeSpan.FromSeconds(30), cancellationToken);

            // A page without a main landmark gives its whole body for the nearest names, the signed-in person's box included.
            foreach (var user in await wizard.SignedInUser.AllAsync())
            {
                redactor.AddKnownValues((await user.InnerTextAsync()).Split('\n').Where(line => !Wizard.Exact(labels.LogOut).IsMatch(line)));
            }
        });

        var provenance = Provenance.Of(request, routing?.Recording);
        var notRecorded = routing?.NotRecorded.Distinct(StringComparer.Ordinal).ToArray() ?? [];
        var report = CheckReport.From(request, provenance, check.Steps, notRecorded, redactor, time.GetLocalNow());
        Write(output, report, request, provenance, labelMap);
        var folder = RunFolder.Create(runs.Value.Root, time);
        await File.WriteAllTextAsync(folder.File(CheckReport.FileName), JsonSerializer.Serialize(report, Json), cancellationToken);
        output.WriteLine($"The findings are in {folder.File(CheckReport.FileName)}.");
        return report.Verdict switch
        {
            CheckReport.Incomplete => ExitCodes.Failed,
            CheckReport.Changed => ExitCodes.Drift,
            _ => ExitCodes.ReachedTheStop,
        };
    }

    private static void Write(TextWriter output, CheckReport report, CheckRequest request, Provenance provenance, LabelMap labelMap)
    {
        var where = request.Live ? $" at {request.BaseUrl}" : provenance.RecordedFrom is { } from ? $" made at {from}" : string.Empty;
        output.WriteLine($"Checked the {provenance.Source}{where} against the label map {labelMap.Path} (language {request.Language}).");
        foreach (var step in report.Steps)
        {
            output.WriteLine($"{(step.Missing.Count == 0 ? "ok     " : "CHANGED")} {step.Step}: {step.Found.Count} found, {step.Missing.Count} missing");
            foreach (var word in step.Found.Where(w => w.Unconfirmed))
            {
                output.WriteLine(provenance.CanConfirm
                    ? $"          found {word}, unconfirmed in the label map: the {provenance.Source} shows it, you may move \"{word.Key}\" out of 'unconfirmed'"
                    : $"          found {word}, unconfirmed in the label map: the {provenance.Source} shows it, but {provenance.WhyNot}");
            }

            foreach (var word in step.Missing)
            {
                var nearest = word.Nearest is null ? string.Empty : $"; nearest on the page: \"{word.Nearest}\"";
                var unconfirmed = word.Unconfirmed ? $"; \"{word.Key}\" is unconfirmed in the label map, and the {provenance.Source} does not show our guess" : string.Empty;
                output.WriteLine($"          missing {word}{nearest}{unconfirmed}");
            }
        }

        var summary = report.Unconfirmed;
        output.WriteLine(summary.Expected == 0
            ? $"Unconfirmed words: none of the words checked is unconfirmed in the label map (language {request.Language})."
            : $"Unconfirmed words: {summary.Expected} of the words checked are unconfirmed in the label map (language {request.Language}); the {provenance.Source} showed {summary.Seen} of them.");
        if (summary.SeenKeys.Count > 0)
        {
            output.WriteLine(provenance.CanConfirm
                ? $"  Seen, may leave 'unconfirmed' → \"{request.Language}\": {string.Join(", ", summary.SeenKeys)}"
                : $"  Seen, but this confirms nothing ({provenance.WhyNot}); check --live against DVV's service, or a recording of it, to confirm: {string.Join(", ", summary.SeenKeys)}");
        }

        if (summary.NotSeenKeys.Count > 0)
        {
            output.WriteLine($"  Not seen: {string.Join(", ", summary.NotSeenKeys)}");
        }

        if (report.Suggestions.Count > 0)
        {
            output.WriteLine($"Suggested label map changes (language {request.Language}) — check each before pasting:");
            foreach (var suggestion in report.Suggestions)
            {
                output.WriteLine($"  {JsonSerializer.Serialize(suggestion.Key, Json)}: {JsonSerializer.Serialize(suggestion.Name, Json)}");
            }

            output.WriteLine($"  (each replaces the line of its key under \"languages\" → \"{request.Language}\" in {labelMap.Path})");
        }

        if (report.NotRecorded.Count > 0)
        {
            output.WriteLine($"The recording has no answer for: {string.Join(", ", report.NotRecorded)}. It ends before the walk did, so the steps from there on were not checked.");
        }

        output.WriteLine(report.Verdict switch
        {
            CheckReport.Incomplete => "Verdict: the recording is incomplete. Record the whole path up to the form (record --out DIR) and check again; do not change the label map for the steps it lacks.",
            CheckReport.Changed => "Verdict: the service differs from the label map. Correct the label map (or the replica) before trusting a run.",
            _ => "Verdict: every expected label and button was found.",
        });
    }
}
