using System.CommandLine;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Service;

namespace HakemusAutopilot.Walk;

/// <summary><c>plan</c>: what the walk will type into each field, named as the form names it, without a browser.</summary>
internal sealed class PlanCommand(ProfileGate profiles, LabelMap labels)
{
    public static Command Create(ICommandServices services)
    {
        var command = new Command("plan", "Print exactly what will be typed into each field, without a browser.") { CommandOptions.RequiredProfile };
        command.SetHandler<PlanCommand>(services, (plan, parse, context) => plan.Print(parse.GetValue(CommandOptions.RequiredProfile)!.FullName, context));
        return command;
    }

    private Task<int> Print(string profilePath, CommandContext context)
    {
        var (_, plan) = profiles.Load(profilePath, context.Output, context.UiLanguage);
        FormPlanWriter.Write(context.Output, plan, context.UiLanguage, FormFieldLabels.DisplayAll(labels.For(plan.Language)));
        return Task.FromResult(ExitCodes.ReachedTheStop);
    }
}
