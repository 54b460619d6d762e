using System.CommandLine;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Walk;

namespace HakemusAutopilot.Cli;

internal enum CommandName
{
    Rehearse,
    Run,
    Validate,
    Plan,
    Doctor,
    InstallBrowser,
    Guide,
    Check,
    Record,
    ServeReplica,
}

internal sealed record CommandRequest(
    CommandName Name, string UiLanguage, bool Verbose, string? ProfilePath = null, RunRequest? Run = null, Drift.CheckRequest? Check = null, Recording.RecordRequest? Record = null,
    ServeRequest? Serve = null);

internal sealed record ParsedCommandLine(CommandRequest? Request, int? ExitCode);

/// <summary>The commands and their options. Parsing only: what a command does lives with its capability.</summary>
internal static class CommandLine
{
    private static readonly string[] UiLanguages = [.. OperatorText.Languages];

    private static Uri ParseBaseUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri($"{uri.GetLeftPart(UriPartial.Path)}/");
        }

        result.AddError($"--base-url must be an absolute http(s) address such as https://asiointi.dvv.fi/ (got '{text}').");
        return RehearsalRouting.ServiceOrigin;
    }

    public static ParsedCommandLine Parse(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        CommandRequest? request = null;
        var profile = new Option<FileInfo?>("--profile") { Description = "The institution's profile (JSON or YAML); the bundled example when left out." };
        var requiredProfile = new Option<FileInfo>("--profile") { Description = "The institution's profile (JSON or YAML).", Required = true };
        var ui = new Option<string>("--ui-language") { Description = "Language of everything you read: the console, the report (fi, sv or en).", DefaultValueFactory = _ => "fi" };
        ui.AcceptOnlyFromAmong(UiLanguages);
        var verbose = new Option<bool>("--verbose") { Description = "Show the log on the console, not only in the run folder." };
        var headed = new Option<bool>("--headed") { Description = "Show the browser." };
        var headless = new Option<bool>("--headless") { Description = "Hide the browser (only with --exit-at-review)." };
        var manualLogin = new Option<bool>("--manual-login") { Description = "Leave the replica's simulated identification for you to press." };
        var exitAtReview = new Option<bool>("--exit-at-review") { Description = "End the process at the stop instead of waiting for the browser to close." };
        var keepSession = new Option<bool>("--keep-session") { Description = "Write the login state to the run folder (it holds a live session)." };
        var fixtures = new Option<DirectoryInfo?>("--fixtures") { Description = "A replica folder of the same layout as fixtures/ (with site/ inside)." };
        var replica = new Option<string?>("--replica") { Description = "Play one of the bundled independent renderings of the service instead of our own: " + string.Join(", ", Replicas.Names), HelpName = "name" };
        replica.AcceptOnlyFromAmong([.. Replicas.Names]);
        var variants = new Option<string[]>("--variant") { Description = "Switch on a replica variant (repeatable): " + string.Join(", ", ReplicaVariants.All.Order(StringComparer.Ordinal)), HelpName = "name" };
        variants.AcceptOnlyFromAmong([.. ReplicaVariants.All]);
        var answers = new Option<FileInfo?>("--answers") { Description = "Answers to the questions an earlier run left open (the report's answers-template.json, with the numbers written in).", HelpName = "file" };
        var baseUrl = new Option<Uri>("--base-url")
        {
            Description = "Another origin of the service (a test environment, a copy on loopback).",
            DefaultValueFactory = _ => RehearsalRouting.ServiceOrigin,
            CustomParser = ParseBaseUrl,
        };

        var rehearse = new Command("rehearse", "Walk the whole application against the offline replica and stop before sending.")
        {
            profile, fixtures, replica, headed, manualLogin, exitAtReview, variants, answers, ui, verbose,
        };
        rehearse.SetAction(result =>
        {
            var isHeaded = result.GetValue(headed);
            request = new CommandRequest(CommandName.Rehearse, result.GetValue(ui)!, result.GetValue(verbose), Run: new RunRequest(
                RunMode.Rehearsal,
                result.GetValue(profile)?.FullName,
                RehearsalRouting.ServiceOrigin,
                Headless: !isHeaded,
                SimulatedLogin: !result.GetValue(manualLogin),
                ExitAtReview: result.GetValue(exitAtReview) || !isHeaded,
                KeepSession: false,
                UiLanguage: result.GetValue(ui)!,
                FixturesDirectory: Replicas.FolderOf(result.GetValue(replica), result.GetValue(fixtures)),
                Variants: new HashSet<string>(result.GetValue(variants) ?? [], StringComparer.Ordinal),
                AnswersPath: result.GetValue(answers)?.FullName));
        });

        var recordTo = new Option<DirectoryInfo?>("--record") { Description = "Also keep a scrubbed recording of the service's pages in this folder (replay it with rehearse --fixtures).", HelpName = "folder" };
        var run = new Command("run", "Fill the real application: you log in, the tool fills and saves the draft, you review and send.")
        {
            requiredProfile, baseUrl, headless, exitAtReview, keepSession, recordTo, answers, ui, verbose,
        };
        run.Validators.Add(result =>
        {
            if (result.GetValue(headless) && !result.GetValue(exitAtReview))
            {
                result.AddError("--headless is allowed only with --exit-at-review: nobody could review a hidden browser.");
            }
        });
        run.SetAction(result =>
        {
            request = new CommandRequest(CommandName.Run, result.GetValue(ui)!, result.GetValue(verbose), Run: new RunRequest(
                RunMode.Live,
                result.GetValue(requiredProfile)!.FullName,
                result.GetValue(baseUrl)!,
                Headless: result.GetValue(headless),
                SimulatedLogin: false,
                ExitAtReview: result.GetValue(exitAtReview),
                KeepSession: result.GetValue(keepSession),
                UiLanguage: result.GetValue(ui)!,
                RecordDirectory: result.GetValue(recordTo)?.FullName,
                AnswersPath: result.GetValue(answers)?.FullName));
        });

        var guideOut = new Option<DirectoryInfo>("--out") { Description = "Where the guide is written.", DefaultValueFactory = _ => new DirectoryInfo("guide") };
        var live = new Option<bool>("--live") { Description = "Photograph the real service after your login instead of the replica." };
        var showExample = new Option<bool>("--show-example-values") { Description = "Leave the bundled example profile's fictional values unmasked in the pictures." };
        var notes = new Option<FileInfo>("--notes") { Description = "Your own Markdown to merge into the guide: text before the first heading goes under the title, each \"## step-key\" section under that step." };
        var guide = new Command("guide", "Make a step-by-step guide: an annotated, masked picture of each step, your own notes merged in (Markdown, HTML and PDF).")
        {
            guideOut, profile, live, baseUrl, showExample, notes, fixtures, replica, variants, ui, verbose,
        };
        guide.SetAction(result =>
        {
            var isLive = result.GetValue(live);
            request = new CommandRequest(CommandName.Guide, result.GetValue(ui)!, result.GetValue(verbose), Run: new RunRequest(
                isLive ? RunMode.Live : RunMode.Rehearsal,
                result.GetValue(profile)?.FullName,
                isLive ? result.GetValue(baseUrl)! : RehearsalRouting.ServiceOrigin,
                Headless: !isLive,
                SimulatedLogin: !isLive,
                ExitAtReview: true,
                KeepSession: false,
                UiLanguage: result.GetValue(ui)!,
                FixturesDirectory: Replicas.FolderOf(result.GetValue(replica), result.GetValue(fixtures)),
                Variants: new HashSet<string>(result.GetValue(variants) ?? [], StringComparer.Ordinal),
                Guide: new GuideRequest(result.GetValue(guideOut)!.FullName, result.GetValue(showExample), result.GetValue(notes)?.FullName)));
        });

        var serviceLanguage = new Option<string>("--language") { Description = "The e-service's language: fi, sv or en.", DefaultValueFactory = _ => "fi" };
        serviceLanguage.AcceptOnlyFromAmong("fi", "sv", "en");
        var checkLive = new Option<bool>("--live") { Description = "Check the real service after your login instead of the replica." };
        var checkHeadless = new Option<bool>("--headless") { Description = "Hide the browser of a live check (only for a service that logs in by itself, such as serve-replica)." };
        var check = new Command("check", "Visit every step without filling anything and report which expected labels and buttons the service shows.")
        {
            checkLive, checkHeadless, baseUrl, fixtures, replica, variants, serviceLanguage, ui, verbose,
        };
        check.SetAction(result =>
        {
            var isLive = result.GetValue(checkLive);
            request = new CommandRequest(CommandName.Check, result.GetValue(ui)!, result.GetValue(verbose), Check: new Drift.CheckRequest(
                isLive,
                isLive ? result.GetValue(baseUrl)! : RehearsalRouting.ServiceOrigin,
                result.GetValue(serviceLanguage)!,
                Replicas.FolderOf(result.GetValue(replica), result.GetValue(fixtures)),
                new HashSet<string>(result.GetValue(variants) ?? [], StringComparer.Ordinal),
                !isLive || result.GetValue(checkHeadless)));
        });

        var recordOut = new Option<DirectoryInfo>("--out") { Description = "A new or empty folder for the recording.", Required = true };
        var recordProfile = new Option<FileInfo?>("--profile") { Description = "A profile whose personal values are also removed from the recording." };
        var recordHeadless = new Option<bool>("--headless") { Description = "Hide the browser (for automation only: a person walks the path)." };
        var record = new Command("record", "Open the live service, let you log in and walk the path by hand, and keep a scrubbed copy of its pages as a fixtures folder.")
        {
            recordOut, baseUrl, serviceLanguage, recordProfile, recordHeadless, ui, verbose,
        };
        record.SetAction(result => request = new CommandRequest(CommandName.Record, result.GetValue(ui)!, result.GetValue(verbose), Record: new Recording.RecordRequest(
            result.GetValue(recordOut)!.FullName,
            result.GetValue(baseUrl)!,
            result.GetValue(serviceLanguage)!,
            result.GetValue(recordProfile)?.FullName,
            result.GetValue(recordHeadless),
            result.GetValue(ui)!)));

        var port = new Option<int>("--port") { Description = "The loopback port (default: a free one)." };
        port.Validators.Add(result =>
        {
            // An unparsable value is already reported by the parser; reading it here would throw.
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var number) && number is < 0 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535.");
            }
        });
        var serve = new Command("serve-replica", "Serve the bundled replica on a loopback port, to practise run, record and check --live with --base-url.")
        {
            port, serviceLanguage, replica, variants, ui, verbose,
        };
        serve.SetAction(result => request = new CommandRequest(CommandName.ServeReplica, result.GetValue(ui)!, result.GetValue(verbose), Serve: new ServeRequest(
            result.GetValue(port),
            result.GetValue(serviceLanguage)!,
            new HashSet<string>(result.GetValue(variants) ?? [], StringComparer.Ordinal),
            Replicas.FolderOf(result.GetValue(replica), null))));

        var validate = new Command("validate", "Check a profile against DVV's rules without opening a browser.") { requiredProfile, ui, verbose };
        validate.SetAction(result => request = new CommandRequest(CommandName.Validate, result.GetValue(ui)!, result.GetValue(verbose), result.GetValue(requiredProfile)!.FullName));

        var plan = new Command("plan", "Print exactly what will be typed into each field, without a browser.") { requiredProfile, ui, verbose };
        plan.SetAction(result => request = new CommandRequest(CommandName.Plan, result.GetValue(ui)!, result.GetValue(verbose), result.GetValue(requiredProfile)!.FullName));

        var doctor = new Command("doctor", "Say which browser will be used, check that it starts, and show the settings in force.") { ui, verbose };
        doctor.SetAction(result => request = new CommandRequest(CommandName.Doctor, result.GetValue(ui)!, result.GetValue(verbose)));

        var install = new Command("install-browser", "Download Playwright's own Chromium (needs internet).") { ui, verbose };
        install.SetAction(result => request = new CommandRequest(CommandName.InstallBrowser, result.GetValue(ui)!, result.GetValue(verbose)));

        var root = new RootCommand("HakemusAutopilot fills DVV's VTJ-muutosrajapinta application for the product OPISKELIJA and stops before \"Lähetä DVV:lle\".")
        {
            rehearse, run, guide, check, record, serve, validate, plan, doctor, install,
        };

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine();
            var path = parsed.CommandResult.Command == root ? [] : new[] { parsed.CommandResult.Command.Name };
            root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = error, Error = error });
            return new ParsedCommandLine(null, ExitCodes.Usage);
        }

        var code = parsed.Invoke(configuration);
        if (request is null)
        {
            // --help, --version or the bare root command: System.CommandLine answered by itself.
            return new ParsedCommandLine(null, args.Count == 0 ? ExitCodes.Usage : code);
        }

        return new ParsedCommandLine(request, null);
    }
}
