using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

internal enum FindingSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One thing wrong with a profile. <see cref="Path"/> is the camelCase JSON path
/// (<c>purpose.legalBasis[0].statute</c>), or <c>$</c> for the file as a whole.
/// </summary>
internal sealed record ProfileFinding(FindingSeverity Severity, string Path, OperatorText Message, OperatorText Fix)
{
    public const string WholeFile = "$";
}

internal sealed record ProfileLoadResult(InstitutionProfile? Profile, IReadOnlyList<ProfileFinding> Findings)
{
    public bool HasErrors => Findings.Any(finding => finding.Severity == FindingSeverity.Error);
}
