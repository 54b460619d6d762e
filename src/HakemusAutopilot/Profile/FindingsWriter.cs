using System.Globalization;

namespace HakemusAutopilot.Profile;

/// <summary>Prints findings for a person: errors first, one block each with severity, path, what is wrong and how to fix it.</summary>
internal static class FindingsWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ProfileFinding> findings, string uiLanguage)
    {
        var english = string.Equals(uiLanguage, "en", StringComparison.OrdinalIgnoreCase);
        if (findings.Count == 0)
        {
            output.WriteLine(english ? "The profile has no findings." : "Profiilissa ei ole huomautettavaa.");
            return;
        }

        foreach (var finding in findings.OrderByDescending(finding => finding.Severity))
        {
            var severity = (finding.Severity, english) switch
            {
                (FindingSeverity.Error, true) => "ERROR",
                (FindingSeverity.Error, false) => "VIRHE",
                (_, true) => "WARNING",
                _ => "VAROITUS",
            };
            var path = finding.Path == ProfileFinding.WholeFile ? $"{finding.Path} ({(english ? "whole file" : "koko tiedosto")})" : finding.Path;
            output.WriteLine($"{severity}  {path}");
            output.WriteLine($"  {finding.MessageIn(uiLanguage)}");
            output.WriteLine($"  {(english ? "Fix" : "Korjaus")}: {finding.FixIn(uiLanguage)}");
            output.WriteLine();
        }

        var errors = findings.Count(finding => finding.Severity == FindingSeverity.Error);
        var warnings = findings.Count - errors;
        output.WriteLine(english
            ? string.Create(CultureInfo.InvariantCulture, $"{errors} {(errors == 1 ? "error" : "errors")} and {warnings} {(warnings == 1 ? "warning" : "warnings")}. Errors must be fixed before a run; warnings do not stop it.")
            : string.Create(CultureInfo.InvariantCulture, $"{errors} {(errors == 1 ? "virhe" : "virhettä")} ja {warnings} {(warnings == 1 ? "varoitus" : "varoitusta")}. Virheet on korjattava ennen ajoa; varoitukset eivät estä sitä."));
    }
}
