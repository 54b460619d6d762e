using System.Text.Encodings.Web;
using System.Text.Json;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Cli;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Questions;
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
internal sealed record Provenance(string Source, Uri? RecordedFrom, bool CanConfirm, string WhyNot, string WhyNotFinnish = "")
{
    public static Provenance Of(CheckRequest request, HarReplay? recording)
    {
        if (request.Live)
        {
            return RehearsalRouting.IsRealService(request.BaseUrl)
                ? new("service", null, true, string.Empty)
                : new("service", null, false, $"{request.BaseUrl} is not DVV's service, so it shows our own guesses", $"{request.BaseUrl} ei ole DVV:n palvelu, joten se näyttää omat arvauksemme");
        }

        if (recording is null)
        {
            return new(request.FixturesDirectory is null ? "bundled replica" : "replica", null, false, "it shows our own guesses", "se näyttää omat arvauksemme");
        }

        var from = recording.RecordedOrigin;
        if (!recording.IsOurs)
        {
            return new("recording", from, false, "it was not written by record, so where and in which language it was made is unknown", "sitä ei ole tehty record-komennolla, joten sen alkuperä ja kieli eivät ole tiedossa");
        }

        return !RehearsalRouting.IsRealService(from)
            ? new("recording", from, false, $"it was recorded from {from}, not from DVV's service", $"se on tallennettu osoitteesta {from} eikä DVV:n palvelusta")
            : recording.RecordedLanguage is { } recorded && recorded != request.Language
                ? new("recording", from, false, $"it was recorded in language {recorded}, not {request.Language}", $"se on tallennettu kielellä {recorded} eikä {request.Language}")
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
    IOptions<SiteMemoryOptions> memoryOptions,
    TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<int> RunAsync(CheckRequest request, string uiLanguage, TextWriter output, CancellationToken cancellationToken)
    {
        var labels = labelMap.For(request.Language);
        var memory = SiteMemory.Open(memoryOptions.Value.Folder ?? Path.GetDirectoryName(labelMap.Path)!, request.Language);
        RehearsalRouting? routing = null;
        if (!request.Live)
        {
            routing = RehearsalRouting.ForFixtures(request.FixturesDirectory ?? Walk.RunSession.DefaultFixtures, request.Variants, request.Language, time, loggers);
        }

        await using var browser = await launcher.LaunchAsync(new LaunchRequest(Headless: !request.Live, LoopbackOnly: !request.Live, request.Language));
        var context = await browser.NewContextAsync();
        if (routing is not null)
        {
            await routing.AttachAsync(context);
        }

        var wizard = await Wizard.OpenAsync(context, labels, new SendGuard(labelMap.SendWords), loggers);
        var page = wizard.Page;
        var check = new DriftCheck(wizard, TimeSpan.FromSeconds(request.Live ? 10 : 5), key => labelMap.IsConfirmed(request.Language, key));
        await check.RunAsync(request.BaseUrl, async login =>
        {
            if (request.Live)
            {
                output.WriteLine(uiLanguage == "en"
                    ? $"Log in in the browser that opened ({page.Url}); nothing will be filled or sent."
                    : $"Kirjaudu sisään avautuneessa selaimessa ({page.Url}); mitään ei täytetä eikä lähetetä.");
            }
            else
            {
                await login.IdentifyAsSimulatedPersonAsync();
            }

            await login.WaitForLoginAsync(TimeSpan.FromMinutes(launcher.Options.LoginTimeoutMinutes), _ => { }, TimeSpan.FromSeconds(30), cancellationToken);

            // A page without a main landmark gives its whole body for the nearest names, the signed-in person's box included.
            redactor.AddKnownValues(await wizard.SignedInNamesAsync());
        });

        var provenance = Provenance.Of(request, routing?.Recording);
        var notRecorded = routing?.NotRecorded.Distinct(StringComparer.Ordinal).ToArray() ?? [];
        var report = CheckReport.From(request, provenance, check.Steps, notRecorded, redactor, time.GetLocalNow()) with
        {
            Remembered = [.. memory.Entries.Select(entry => Compare(entry, wizard, check.Looks))],
        };
        new CheckConsole(output, uiLanguage).Write(report, request, provenance, labelMap.Path);
        var folder = RunFolder.Create(runs.Value.Root, time);
        await File.WriteAllTextAsync(folder.File(CheckReport.FileName), JsonSerializer.Serialize(report, Json), cancellationToken);
        output.WriteLine(uiLanguage == "en" ? $"The findings are in {folder.File(CheckReport.FileName)}." : $"Havainnot ovat tiedostossa {folder.File(CheckReport.FileName)}.");
        return report.Verdict switch
        {
            CheckReport.Incomplete => ExitCodes.Failed,
            CheckReport.Changed => ExitCodes.Drift,
            _ => ExitCodes.ReachedTheStop,
        };
    }

    private RememberedAnswer Compare(MemoryEntry entry, Wizard wizard, IReadOnlyList<IReadOnlyList<Service.Resolving.Candidate>> looks)
    {
        if (entry.Named is not { } named)
        {
            return new RememberedAnswer(entry.Step, entry.Intent, MemoryEntry.Skip, StillMatches: true);
        }

        var intent = wizard.Intents.Keys.Contains(entry.Intent) ? wizard.Intents[entry.Intent] : null;
        var matches = intent is not null && looks.Any(look => named.FindIn(look, intent, wizard.Resolver, redactor) is not null);
        return new RememberedAnswer(entry.Step, entry.Intent, named.Describe(), matches);
    }
}
