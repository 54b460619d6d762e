using System.CommandLine;
using System.Text.Json;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Questions;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Drift;

internal sealed record CheckRequest(bool Live, Uri BaseUrl, string Language, string? FixturesDirectory, IReadOnlySet<string> Variants, bool Headless = true);

/// <summary>
/// What was checked, and whether what it shows can confirm a guessed word: only DVV's own service can, live or
/// recorded in the language checked. The replica and practice copies of it show our own guesses.
/// </summary>
internal sealed record Provenance(string Source, Uri? RecordedFrom, bool CanConfirm, OperatorText? WhyNot = null)
{
    public static Provenance Of(CheckRequest request, HarReplay? recording)
    {
        if (request.Live)
        {
            return RehearsalRouting.IsRealService(request.BaseUrl)
                ? new("service", null, true)
                : new("service", null, false, new(nameof(Texts.WhyNotNotDvv), request.BaseUrl));
        }

        if (recording is null)
        {
            return new(request.FixturesDirectory is null ? "bundled replica" : "replica", null, false, new(nameof(Texts.WhyNotOurGuesses)));
        }

        var from = recording.RecordedOrigin;
        if (!recording.IsOurs)
        {
            return new("recording", from, false, new(nameof(Texts.WhyNotForeignRecording)));
        }

        return !RehearsalRouting.IsRealService(from)
            ? new("recording", from, false, new(nameof(Texts.WhyNotRecordedElsewhere), from))
            : recording.RecordedLanguage is { } recorded && recorded != request.Language
                ? new("recording", from, false, new(nameof(Texts.WhyNotOtherLanguage), recorded, request.Language))
                : new("recording", from, true);
    }

    /// <summary>What was checked, in the operator's words.</summary>
    public OperatorText Name => new(Source switch
    {
        "service" => nameof(Texts.SourceService),
        "bundled replica" => nameof(Texts.SourceBundledReplica),
        "replica" => nameof(Texts.SourceReplica),
        _ => nameof(Texts.SourceRecording),
    });
}

/// <summary>`check`: is the service (or a recording of it) still the one the label map describes?</summary>
internal sealed class CheckCommand(
    ServiceSessions sessions,
    LabelMap labelMap,
    Redactor redactor,
    IOptions<RunsOptions> runs,
    ILoggerFactory loggers,
    IOptions<SiteMemoryOptions> memoryOptions,
    TimeProvider time) : IOpensBrowser
{
    public static Command Create(ICommandServices services)
    {
        var live = new Option<bool>("--live") { Description = "Check the real service after your login instead of the replica." };
        var headless = new Option<bool>("--headless") { Description = "Hide the browser of a live check: nobody can log in to it, so it is for automation and for seeing whether the service answers." };
        var command = new Command("check", "Visit every step without filling anything and report which expected labels and buttons the service shows.")
        {
            live, headless, CommandOptions.BaseUrl, Replicas.Fixtures, Replicas.Replica, Replicas.Variants, CommandOptions.ServiceLanguage,
        };
        command.SetHandler<CheckCommand>(services, (check, parse, context) =>
        {
            var isLive = parse.GetValue(live);
            var request = new CheckRequest(
                isLive,
                isLive ? parse.GetValue(CommandOptions.BaseUrl)! : Defaults.ServiceOrigin,
                parse.GetValue(CommandOptions.ServiceLanguage)!,
                Replicas.FolderOf(parse),
                Replicas.VariantsOf(parse),
                !isLive || parse.GetValue(headless));
            return check.RunAsync(request, context.UiLanguage, context.Output, context.Cancellation);
        });
        return command;
    }

    public async Task<int> RunAsync(CheckRequest request, string uiLanguage, TextWriter output, CancellationToken cancellationToken)
    {
        var memory = SiteMemory.Open(memoryOptions.Value.Folder ?? Path.GetDirectoryName(labelMap.Path)!, request.Language);
        RehearsalRouting? routing = null;
        if (!request.Live)
        {
            routing = RehearsalRouting.ForFixtures(request.FixturesDirectory ?? Defaults.Fixtures, request.Variants, request.Language, time, loggers);
        }

        await using var session = await sessions.OpenAsync(new SessionRequest(request.Headless, LoopbackOnly: !request.Live, request.Language)
        {
            Prepare = routing is null ? null : routing.AttachAsync,
        });
        var wizard = session.Wizard;
        var page = wizard.Page;
        using var progress = new OperatorConsole(output, uiLanguage);
        var check = new DriftCheck(wizard, TimeSpan.FromSeconds(request.Live ? 10 : 5), key => labelMap.IsConfirmed(request.Language, key), progress.Progress);
        await check.RunAsync(request.BaseUrl, async login =>
        {
            if (request.Live)
            {
                progress.Say(nameof(Texts.CheckLogin), page.Url);
            }
            else
            {
                await login.IdentifyAsSimulatedPersonAsync();
            }

            await login.WaitForLoginAsync(TimeSpan.FromMinutes(sessions.Options.LoginTimeoutMinutes), _ => { }, TimeSpan.FromSeconds(30), cancellationToken);

            // A page without a main landmark gives its whole body for the nearest names, the signed-in person's box included.
            redactor.AddKnownValues(await wizard.SignedInNamesAsync());
        });

        var provenance = Provenance.Of(request, routing?.Recording);
        var notRecorded = routing?.NotRecorded.Distinct(StringComparer.Ordinal).ToArray() ?? [];
        var report = CheckReport.From(request, provenance, check.Steps, notRecorded, redactor, time.GetLocalNow()) with
        {
            Remembered = [.. memory.Entries.Select(entry => Compare(entry, wizard, check.Looks))],
        };
        // The verdict is written whole below the last progress line.
        progress.Dispose();
        new CheckConsole(output, uiLanguage).Write(report, request, provenance, labelMap.Path);
        var folder = RunFolder.Create(runs.Value.Root, time);
        await File.WriteAllTextAsync(folder.File(CheckReport.FileName), JsonSerializer.Serialize(report, ToolJson.Written), cancellationToken);
        output.WriteLine(OperatorText.Say(nameof(Texts.CheckFindingsIn), uiLanguage, folder.File(CheckReport.FileName)));
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
