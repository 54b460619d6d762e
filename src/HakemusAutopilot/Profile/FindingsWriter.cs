using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>Prints findings for a person: errors first, one block each with severity, path, what is wrong and how to fix it.</summary>
internal static class FindingsWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ProfileFinding> findings, string uiLanguage)
    {
        string Say(string key, params object?[] args) => OperatorText.Say(key, uiLanguage, args);
        if (findings.Count == 0)
        {
            output.WriteLine(Say(nameof(Texts.FindingsNone)));
            return;
        }

        foreach (var finding in findings.OrderByDescending(finding => finding.Severity))
        {
            var severity = Say(finding.Severity == FindingSeverity.Error ? nameof(Texts.FindingError) : nameof(Texts.FindingWarning));
            var path = finding.Path == ProfileFinding.WholeFile ? $"{finding.Path} ({Say(nameof(Texts.FindingWholeFile))})" : finding.Path;
            output.WriteLine($"{severity}  {path}");
            output.WriteLine($"  {finding.Message.In(uiLanguage)}");
            output.WriteLine($"  {Say(nameof(Texts.FindingFix), finding.Fix)}");
            output.WriteLine();
        }

        var errors = findings.Count(finding => finding.Severity == FindingSeverity.Error);
        output.WriteLine(Say(nameof(Texts.FindingsSummary), errors, findings.Count - errors));
    }
}
