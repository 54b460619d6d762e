using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HakemusAutopilot.Profile;

namespace HakemusAutopilot.Privacy;

/// <summary>Removes personal data from any text before it is written: logs, reports, journals, page snapshots.</summary>
internal sealed class Redactor
{
    public const string PersonalMarker = "[henkilötieto]";

    private readonly ConcurrentDictionary<string, byte> known = new(StringComparer.OrdinalIgnoreCase);
    private volatile Regex? knownPattern;

    public void AddKnownValues(IEnumerable<string> values)
    {
        foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length >= 3))
        {
            known.TryAdd(value, 0);
        }

        var alternatives = known.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        knownPattern = known.IsEmpty ? null : new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = knownPattern?.Replace(text, PersonalMarker) ?? text;
        result = Identifiers.PersonalIdentityCodeShape.Replace(result, "[henkilötunnus]");
        result = Identifiers.EmailShape.Replace(result, "[sähköposti]");
        return Identifiers.PhoneShape.Replace(result, "[puhelinnumero]");
    }
}
