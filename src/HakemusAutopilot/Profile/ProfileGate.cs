using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;
using Microsoft.Extensions.Logging;

namespace HakemusAutopilot.Profile;

/// <summary>Loads a profile and refuses, before any browser opens, what DVV would refuse later.</summary>
internal sealed class ProfileGate(ProfileLoader loader, ILogger<ProfileGate> logger)
{
    public static string DefaultProfilePath => Path.Combine(Defaults.Fixtures, "profiles", "ammattiopisto.json");

    public (InstitutionProfile Profile, FormPlan Plan) Load(string? path, TextWriter output, string uiLanguage)
    {
        var resolved = Path.GetFullPath(path ?? DefaultProfilePath);
        var result = loader.Load(resolved);
        logger.LogInformation(
            "Profile {Profile}: {Errors} errors, {Warnings} warnings",
            Path.GetFileName(resolved),
            result.Findings.Count(f => f.Severity == FindingSeverity.Error),
            result.Findings.Count(f => f.Severity == FindingSeverity.Warning));
        if (result.Findings.Count > 0)
        {
            FindingsWriter.Write(output, result.Findings, uiLanguage);
        }

        if (result.HasErrors || result.Profile is null)
        {
            throw new InvalidInputException(new OperatorText(nameof(Texts.ProfileHasErrors), resolved));
        }

        return (result.Profile, FormPlanner.Plan(result.Profile));
    }
}
