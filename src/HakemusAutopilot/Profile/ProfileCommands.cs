using System.CommandLine;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Service;

namespace HakemusAutopilot.Profile;

/// <summary><c>validate</c> and <c>plan</c>: a profile read and explained without a browser.</summary>
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

    public static Command Plan(ICommandServices services)
    {
        var command = new Command("plan", "Print exactly what will be typed into each field, without a browser.") { CommandOptions.RequiredProfile };
        command.SetHandler<ProfileGate>(services, (profiles, parse, context) =>
        {
            var (_, plan) = profiles.Load(parse.GetValue(CommandOptions.RequiredProfile)!.FullName, context.Output, context.UiLanguage);
            FormPlanWriter.Write(context.Output, plan, context.UiLanguage, FormFieldLabels.DisplayAll(profiles.Labels.For(plan.Language)));
            return Task.FromResult(ExitCodes.ReachedTheStop);
        });
        return command;
    }
}
