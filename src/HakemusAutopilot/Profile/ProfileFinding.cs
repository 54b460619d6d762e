namespace HakemusAutopilot.Profile;

internal enum FindingSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One thing wrong with a profile. <see cref="Path"/> is the camelCase JSON path
/// (<c>purpose.legalBasis[0].statute</c>), or <c>$</c> for the file as a whole.
/// <see cref="Fix"/> is in Finnish and <see cref="FixEn"/> in English.
/// </summary>
internal sealed record ProfileFinding(FindingSeverity Severity, string Path, string MessageFi, string MessageEn, string Fix)
{
    public const string WholeFile = "$";

    public string? FixEn { get; init; }

    public string MessageIn(string language) => IsEnglish(language) ? MessageEn : MessageFi;

    public string FixIn(string language) => IsEnglish(language) ? FixEn ?? Fix : Fix;

    private static bool IsEnglish(string language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
}

internal sealed record ProfileLoadResult(InstitutionProfile? Profile, IReadOnlyList<ProfileFinding> Findings)
{
    public bool HasErrors => Findings.Any(finding => finding.Severity == FindingSeverity.Error);
}
