using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// What each part of a profile is called in plain words, for findings: <c>purpose.legalBasis[0].statute</c> is
/// <c>PartPurposeLegalBasisItemStatute</c> in the resources, so a key added to the schema needs only its words there.
/// </summary>
internal static partial class ProfileFieldNames
{
    public static OperatorText Of(string path)
    {
        var name = OperatorText.Named("Part", Index().Replace(path, ".Item"));
        return name.Key == nameof(Texts.Verbatim) ? new OperatorText(nameof(Texts.Verbatim), $"'{path}'") : name;
    }

    [GeneratedRegex(@"\[\d*\]", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex Index();
}
