using System.Globalization;
using System.Text.RegularExpressions;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Finnish identifiers and contact details: exact checks for profile fields and loose shapes
/// for finding them in free text. The shapes are shared with log and report redaction, so they
/// favour finding a real value over ignoring a look-alike.
/// </summary>
internal static partial class Identifiers
{
    private const string HetuCheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private const int RegexTimeoutMilliseconds = ProfileRegex.TimeoutMilliseconds;
    private static readonly int[] BusinessIdWeights = [7, 9, 10, 5, 8, 4, 2];

    public static Regex PersonalIdentityCodeShape => PersonalIdentityCodeShapeRegex();

    public static Regex EmailShape => EmailShapeRegex();

    public static Regex PhoneShape => PhoneShapeRegex();

    /// <summary>Findings say where a henkilötunnus is, never what it is; this keeps echoed keys and paths to that.</summary>
    public static string HidePersonalIdentityCodes(string text) => PersonalIdentityCodeShape.Replace(text, "***");

    /// <summary>Y-tunnus: seven digits, a hyphen and a check digit (weights 7,9,10,5,8,4,2, mod 11).</summary>
    public static bool IsValidBusinessId(string value)
    {
        if (!BusinessIdRegex().IsMatch(value))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < BusinessIdWeights.Length; i++)
        {
            sum += (value[i] - '0') * BusinessIdWeights[i];
        }

        var remainder = sum % 11;
        if (remainder == 1)
        {
            return false;
        }

        var check = remainder == 0 ? 0 : 11 - remainder;
        return value[8] - '0' == check;
    }

    public static bool HasBusinessIdShape(string value) => BusinessIdRegex().IsMatch(value);

    /// <summary>
    /// Henkilötunnus DDMMYYCZZZQ: a real date in the century the sign gives
    /// (+ 1800s; - Y X W V U 1900s; A B C D E F 2000s), an individual number 002–999 and
    /// the check character of the nine digits mod 31.
    /// </summary>
    public static bool IsValidPersonalIdentityCode(string value)
    {
        var match = PersonalIdentityCodeRegex().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var century = match.Groups["century"].Value[0] switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            _ => 2000,
        };
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var year = century + int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var individual = int.Parse(match.Groups["individual"].Value, CultureInfo.InvariantCulture);
        if (individual < 2)
        {
            return false;
        }

        var number = long.Parse(
            match.Groups["day"].Value + match.Groups["month"].Value + match.Groups["year"].Value + match.Groups["individual"].Value,
            CultureInfo.InvariantCulture);
        return HetuCheckCharacters[(int)(number % 31)] == match.Groups["check"].Value[0];
    }

    /// <summary>An address that the e-service and a mail server would both accept: ASCII, one @, a dotted domain.</summary>
    public static bool IsValidEmail(string value)
    {
        if (value.Length > 254 || !value.All(char.IsAscii))
        {
            return false;
        }

        var match = EmailShape.Match(value);
        return match.Success && match.Index == 0 && match.Length == value.Length && value.IndexOf('@', StringComparison.Ordinal) <= 64;
    }

    /// <summary>
    /// A Finnish number (0 and 5–11 digits) or an international one (+ or 00, country code, 7–15 digits in all),
    /// spaced or hyphenated as people write them. "+358 0..." keeps the trunk zero, which no call can dial.
    /// </summary>
    public static bool IsValidPhone(string value)
    {
        var match = PhoneShape.Match(value);
        if (!match.Success || match.Index != 0 || match.Length != value.Length)
        {
            return false;
        }

        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (value.StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var international = value.StartsWith('+') ? digits : digits[2..];
            return !international.StartsWith("3580", StringComparison.Ordinal) && international.Length is >= 7 and <= 15;
        }

        return digits.Length is >= 6 and <= 12;
    }

    [GeneratedRegex(@"^\d{7}-\d$", RegexOptions.CultureInvariant, RegexTimeoutMilliseconds)]
    private static partial Regex BusinessIdRegex();

    [GeneratedRegex(
        @"^(?<day>\d{2})(?<month>\d{2})(?<year>\d{2})(?<century>[-+A-FYXWVU])(?<individual>\d{3})(?<check>[0-9A-FHJ-NPR-Y])$",
        RegexOptions.CultureInvariant,
        RegexTimeoutMilliseconds)]
    private static partial Regex PersonalIdentityCodeRegex();

    [GeneratedRegex(
        @"(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FYXWVU]\d{3}[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        RegexTimeoutMilliseconds)]
    private static partial Regex PersonalIdentityCodeShapeRegex();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}(?![\p{L}\p{N}-])",
        RegexOptions.CultureInvariant,
        RegexTimeoutMilliseconds)]
    private static partial Regex EmailShapeRegex();

    // The lookaheads keep a Y-tunnus (0112038-9) and a henkilötunnus with a digit check character
    // (010594-9032) from reading as phone numbers; statute numbers, dates and sections fail on "/", "." and the length.
    [GeneratedRegex(
        @"(?<![\w+/.-])(?!\d{7}-\d(?!\d))(?!\d{6}[-+A-FYXWVU]\d{3}[0-9A-Y](?![\w]))(?:(?:\+|00)[1-9]\d{0,2}(?:[ -]?\d){6,13}|0[1-9](?:[ -]?\d){4,10})(?![\w/-])",
        RegexOptions.CultureInvariant,
        RegexTimeoutMilliseconds)]
    private static partial Regex PhoneShapeRegex();
}
