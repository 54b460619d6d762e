using System.CommandLine;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary><c>validate</c>: a profile read and checked without a browser.</summary>
internal static class ProfileCommands
{
    public static Command Validate(ICommandServices services)
    {
        var command = new Command("validate", "Check a profile against DVV's rules without opening a browser.") { CommandOptions.RequiredProfile };
        command.SetHandler<ProfileGate>(services, (profiles, parse, context) =>
        {
            profiles.Load(parse.GetValue(CommandOptions.RequiredProfile)!.FullName, context.Output, context.UiLanguage);
            context.Output.WriteLine(OperatorText.Say(nameof(Texts.ProfileValid), context.UiLanguage));
            return Task.FromResult(ExitCodes.ReachedTheStop);
        });
        return command;
    }
}
