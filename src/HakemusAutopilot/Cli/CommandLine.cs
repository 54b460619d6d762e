using System.CommandLine;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Drift;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Recording;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Walk;

namespace HakemusAutopilot.Cli;

/// <summary>The command line: each feature brings its command, the root adds the options every command takes.</summary>
internal static class CommandLine
{
    public static RootCommand Root(ICommandServices services) =>
        new("HakemusAutopilot fills DVV's VTJ-muutosrajapinta application for the product OPISKELIJA and stops before \"Lähetä DVV:lle\".")
        {
            CommandOptions.UiLanguage,
            CommandOptions.Verbose,
            RunCommands.Rehearse(services),
            RunCommands.Run(services),
            RunCommands.Guide(services),
            CheckCommand.Create(services),
            RecordCommand.Create(services),
            ServeReplicaCommand.Create(services),
            ProfileCommands.Validate(services),
            PlanCommand.Create(services),
            DoctorCommand.Create(services),
            InstallBrowserCommand.Create(services),
        };

    /// <summary>
    /// Parses and runs. A command line that does not parse gets its errors and the usage on <paramref name="error"/>
    /// and exit 2; so does a bare call, which names no command.
    /// </summary>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, ICommandServices services)
    {
        var parse = Root(services).Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = parse.Errors.Count > 0 || args.Count == 0 ? error : output,
            Error = error,
            // HostedCommands tells a foreseen failure; a fault goes on to Program.cs. The host owns Ctrl+C.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        var code = await parse.InvokeAsync(configuration);
        return parse.Errors.Count > 0 || args.Count == 0 ? ExitCodes.Usage : code;
    }
}
