using HakemusAutopilot.Browser;
using HakemusAutopilot.Cli;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;

namespace HakemusAutopilot.Drift;

internal sealed record CheckRequest(bool Live, Uri BaseUrl, string Language, string? FixturesDirectory, IReadOnlySet<string> Variants);

/// <summary>`check`: is the service (or a recording of it) still the one the label map describes?</summary>
internal sealed class CheckCommand(BrowserLauncher launcher, LabelMap labelMap, ILoggerFactory loggers, TimeProvider time)
{
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
        var check = new DriftCheck(wizard, TimeSpan.FromSeconds(request.Live ? 10 : 5));
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
        });

        Write(output, check, request, labelMap);
        return check.Drifted ? ExitCodes.Drift : ExitCodes.ReachedTheStop;
    }

    private static void Write(TextWriter output, DriftCheck check, CheckRequest request, LabelMap labelMap)
    {
        output.WriteLine($"Checked {(request.Live ? request.BaseUrl.ToString() : "the replica")} against the label map {labelMap.Path} (language {request.Language}).");
        foreach (var step in check.Steps)
        {
            output.WriteLine($"{(step.Missing.Count == 0 ? "ok     " : "CHANGED")} {step.Step}: {step.Found.Count} found, {step.Missing.Count} missing");
            foreach (var (expected, nearest) in step.Missing)
            {
                output.WriteLine($"          missing {expected}{(nearest is null ? string.Empty : $"; nearest on the page: \"{nearest}\"")}");
            }
        }

        output.WriteLine(check.Drifted
            ? "Verdict: the service differs from the label map. Correct the label map (or the replica) before trusting a run."
            : "Verdict: every expected label and button was found.");
    }
}
