using System.Globalization;
using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// What each part of a profile is called in plain words, for findings: <c>purpose.legalBasis[0].statute</c> is
/// <c>FieldPurposeLegalBasisItemStatute</c> in the resources, so a key added to the schema needs only its words there.
/// </summary>
internal static partial class ProfileFieldNames
{
    public static OperatorText Of(string path)
    {
        var key = "Field" + string.Concat(Index().Replace(path, ".Item").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.TrimStart('$'))
            .Where(part => part.Length > 0)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        return Texts.ResourceManager.GetString(key, CultureInfo.InvariantCulture) is null
            ? new OperatorText(nameof(Texts.Verbatim), $"'{path}'")
            : new OperatorText(key);
    }

    [GeneratedRegex(@"\[\d*\]", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex Index();
}
