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

internal sealed record CheckRequest(bool Live, Uri BaseUrl, string Language, string? FixturesDirectory, IReadOnlySet<string> Variants)
{
    /// <summary>The bundled replica shows our own guesses, so only the service or a recording of it can confirm a word.</summary>
    public bool CanConfirm => Live || FixturesDirectory is not null;

    public string Source => Live ? "service" : FixturesDirectory is null ? "bundled replica" : "recording";
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

        var report = CheckReport.From(request, check.Steps, redactor, time.GetLocalNow());
        Write(output, report, request, labelMap);
        var folder = RunFolder.Create(runs.Value.Root, time);
        await File.WriteAllTextAsync(folder.File(CheckReport.FileName), JsonSerializer.Serialize(report, Json), cancellationToken);
        output.WriteLine($"The findings are in {folder.File(CheckReport.FileName)}.");
        return check.Drifted ? ExitCodes.Drift : ExitCodes.ReachedTheStop;
    }

    private static void Write(TextWriter output, CheckReport report, CheckRequest request, LabelMap labelMap)
    {
        output.WriteLine($"Checked the {request.Source}{(request.Live ? $" at {request.BaseUrl}" : string.Empty)} against the label map {labelMap.Path} (language {request.Language}).");
        foreach (var step in report.Steps)
        {
            output.WriteLine($"{(step.Missing.Count == 0 ? "ok     " : "CHANGED")} {step.Step}: {step.Found.Count} found, {step.Missing.Count} missing");
            foreach (var word in step.Found.Where(w => w.Unconfirmed))
            {
                output.WriteLine(request.CanConfirm
                    ? $"          found {word}, unconfirmed in the label map: the {request.Source} shows it, you may move \"{word.Key}\" out of 'unconfirmed'"
                    : $"          found {word}, unconfirmed in the label map: the {request.Source} shows it, but it shows our own guesses");
            }

            foreach (var word in step.Missing)
            {
                var nearest = word.Nearest is null ? string.Empty : $"; nearest on the page: \"{word.Nearest}\"";
                var unconfirmed = word.Unconfirmed ? $"; \"{word.Key}\" is unconfirmed in the label map, and the {request.Source} does not show our guess" : string.Empty;
                output.WriteLine($"          missing {word}{nearest}{unconfirmed}");
            }
        }

        var summary = report.Unconfirmed;
        output.WriteLine(summary.Expected == 0
            ? $"Unconfirmed words: none of the words checked is unconfirmed in the label map (language {request.Language})."
            : $"Unconfirmed words: {summary.Expected} of the words checked are unconfirmed in the label map (language {request.Language}); the {request.Source} showed {summary.Seen} of them.");
        if (summary.SeenKeys.Count > 0)
        {
            output.WriteLine(request.CanConfirm
                ? $"  Seen, may leave 'unconfirmed' → \"{request.Language}\": {string.Join(", ", summary.SeenKeys)}"
                : $"  Seen on the bundled replica only; check --live (or --fixtures with a recording) to confirm: {string.Join(", ", summary.SeenKeys)}");
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

        output.WriteLine(report.Verdict == "changed"
            ? "Verdict: the service differs from the label map. Correct the label map (or the replica) before trusting a run."
            : "Verdict: every expected label and button was found.");
    }
}
