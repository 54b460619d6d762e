using System.CommandLine;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;

namespace HakemusAutopilot.Walk;

/// <summary>The commands that walk the application: <c>rehearse</c>, <c>run</c> and <c>guide</c>, each a <see cref="RunSession"/>.</summary>
internal static class RunCommands
{
    public static Command Rehearse(ICommandServices services)
    {
        var headed = new Option<bool>("--headed") { Description = "Show the browser." };
        var manualLogin = new Option<bool>("--manual-login") { Description = "Leave the replica's simulated identification for you to press." };
        var exitAtReview = ExitAtReview();
        var command = new Command("rehearse", "Walk the whole application against the offline replica and stop before sending.")
        {
            CommandOptions.Profile, Replicas.Fixtures, Replicas.Replica, headed, manualLogin, exitAtReview, Replicas.Variants, CommandOptions.Answers,
        };
        command.SetHandler<RunSession>(services, (session, parse, context) =>
        {
            var isHeaded = parse.GetValue(headed);
            return session.RunAsync(
                new RunRequest(
                    RunMode.Rehearsal,
                    parse.GetValue(CommandOptions.Profile)?.FullName,
                    Defaults.ServiceOrigin,
                    Headless: !isHeaded,
                    SimulatedLogin: !parse.GetValue(manualLogin),
                    ExitAtReview: parse.GetValue(exitAtReview) || !isHeaded,
                    KeepSession: false,
                    context.UiLanguage,
                    Replicas.FolderOf(parse),
                    Replicas.VariantsOf(parse),
                    AnswersPath: parse.GetValue(CommandOptions.Answers)?.FullName),
                context.Output,
                context.Cancellation);
        });
        return command;
    }

    public static Command Run(ICommandServices services)
    {
        var headless = new Option<bool>("--headless") { Description = "Hide the browser (only with --exit-at-review)." };
        var exitAtReview = ExitAtReview();
        var keepSession = new Option<bool>("--keep-session") { Description = "Write the login state to the run folder (it holds a live session)." };
        var recordTo = new Option<DirectoryInfo?>("--record") { Description = "Also keep a scrubbed recording of the service's pages in this folder (replay it with rehearse --fixtures).", HelpName = "folder" };
        var command = new Command("run", "Fill the real application: you log in, the tool fills and saves the draft, you review and send.")
        {
            CommandOptions.RequiredProfile, CommandOptions.BaseUrl, headless, exitAtReview, keepSession, recordTo, CommandOptions.Answers,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(headless) && !result.GetValue(exitAtReview))
            {
                result.AddError("--headless is allowed only with --exit-at-review: nobody could review a hidden browser.");
            }
        });
        command.SetHandler<RunSession>(services, (session, parse, context) => session.RunAsync(
            new RunRequest(
                RunMode.Live,
                parse.GetValue(CommandOptions.RequiredProfile)!.FullName,
                parse.GetValue(CommandOptions.BaseUrl)!,
                Headless: parse.GetValue(headless),
                SimulatedLogin: false,
                ExitAtReview: parse.GetValue(exitAtReview),
                KeepSession: parse.GetValue(keepSession),
                context.UiLanguage,
                RecordDirectory: parse.GetValue(recordTo)?.FullName,
                AnswersPath: parse.GetValue(CommandOptions.Answers)?.FullName),
            context.Output,
            context.Cancellation));
        return command;
    }

    public static Command Guide(ICommandServices services)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Where the guide is written.", DefaultValueFactory = _ => new DirectoryInfo("guide") };
        var live = new Option<bool>("--live") { Description = "Photograph the real service after your login instead of the replica." };
        var showExample = new Option<bool>("--show-example-values") { Description = "Leave the bundled example profile's fictional values unmasked in the pictures." };
        var notes = new Option<FileInfo>("--notes") { Description = "Your own Markdown to merge into the guide: text before the first heading goes under the title, each \"## step-key\" section under that step." };
        var command = new Command("guide", "Make a step-by-step guide: an annotated, masked picture of each step, your own notes merged in (Markdown, HTML and PDF).")
        {
            output, CommandOptions.Profile, live, CommandOptions.BaseUrl, showExample, notes, Replicas.Fixtures, Replicas.Replica, Replicas.Variants,
        };
        command.SetHandler<RunSession>(services, (session, parse, context) =>
        {
            var isLive = parse.GetValue(live);
            return session.RunAsync(
                new RunRequest(
                    isLive ? RunMode.Live : RunMode.Rehearsal,
                    parse.GetValue(CommandOptions.Profile)?.FullName,
                    isLive ? parse.GetValue(CommandOptions.BaseUrl)! : Defaults.ServiceOrigin,
                    Headless: !isLive,
                    SimulatedLogin: !isLive,
                    ExitAtReview: true,
                    KeepSession: false,
                    context.UiLanguage,
                    Replicas.FolderOf(parse),
                    Replicas.VariantsOf(parse),
                    new GuideRequest(parse.GetValue(output)!.FullName, parse.GetValue(showExample), parse.GetValue(notes)?.FullName)),
                context.Output,
                context.Cancellation);
        });
        return command;
    }

    private static Option<bool> ExitAtReview() =>
        new("--exit-at-review") { Description = "End the process at the stop instead of waiting for the browser to close." };
}
