using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Collects findings and keeps one error per place: once a part is reported as missing or of
/// the wrong type, the rules that look inside it would only repeat the same news.
/// </summary>
internal sealed class FindingCollector
{
    private readonly List<ProfileFinding> findings = [];
    private readonly List<string> coveredPaths = [];

    public IReadOnlyList<ProfileFinding> Findings => findings;

    public bool HasErrors => findings.Any(finding => finding.Severity == FindingSeverity.Error);

    public void Error(string path, OperatorText message, OperatorText fix) =>
        Add(new ProfileFinding(FindingSeverity.Error, ProfilePaths.ForFinding(path), message, fix));

    public void Warning(string path, OperatorText message, OperatorText fix) =>
        Add(new ProfileFinding(FindingSeverity.Warning, ProfilePaths.ForFinding(path), message, fix));

    /// <summary>Adds a warning even inside a part that already has an error, for findings that must always be seen.</summary>
    public void AlwaysWarn(string path, OperatorText message, OperatorText fix) =>
        findings.Add(new ProfileFinding(FindingSeverity.Warning, ProfilePaths.ForFinding(path), message, fix));

    /// <summary>Adds an error even inside a part that already has one, for findings that must always be seen.</summary>
    public void AlwaysError(string path, OperatorText message, OperatorText fix) =>
        findings.Add(new ProfileFinding(FindingSeverity.Error, ProfilePaths.ForFinding(path), message, fix));

    /// <summary>Whether anything, error or warning, has been said about the part at <paramref name="path"/>.</summary>
    public bool Has(string path) => findings.Any(finding => finding.Path == ProfilePaths.ForFinding(path));

    /// <summary>Marks a part as already explained by another finding.</summary>
    public void Cover(string path) => coveredPaths.Add(ProfilePaths.ForFinding(path));

    private void Add(ProfileFinding finding)
    {
        if (IsCovered(finding.Path))
        {
            return;
        }

        findings.Add(finding);
        if (finding.Severity == FindingSeverity.Error)
        {
            coveredPaths.Add(finding.Path);
        }
    }

    private bool IsCovered(string path) =>
        coveredPaths.Any(covered =>
            covered == ProfileFinding.WholeFile
            || path == covered
            || path.StartsWith(covered + ".", StringComparison.Ordinal)
            || path.StartsWith(covered + "[", StringComparison.Ordinal));
}
