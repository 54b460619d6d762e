using System.Globalization;
using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// The general laws DVV does not accept as the only legal basis of a Käyttötarkoitus: they allow
/// processing in general but say nothing about the applicant's education. Recognised by name
/// (Finnish, Swedish, English, any letter case, inflected) or by number.
/// </summary>
internal static partial class GeneralLaws
{
    private static readonly GeneralLaw[] Laws =
    [
        new(new(nameof(Texts.LawDataProtectionAct)), DataProtectionAct()),
        new(new(nameof(Texts.LawPopulationInformationAct)), PopulationInformationAct()),
        new(new(nameof(Texts.LawGdpr)), Gdpr()),
    ];

    /// <summary>The general law that <paramref name="statute"/> and <paramref name="number"/> name, or null for any other law.</summary>
    public static GeneralLaw? Recognise(string statute, string? number)
    {
        var text = Normalise($"{statute} {number}");
        return Laws.FirstOrDefault(law => law.Pattern.IsMatch(text));
    }

    private static string Normalise(string text) =>
        Whitespace().Replace(text.Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-').Replace('\u2014', '-'), " ")
            .ToLower(CultureInfo.GetCultureInfo("fi-FI"));

    [GeneratedRegex(@"tietosuojala(ki|in|ia|issa|ista|ille|ilta)\b|dataskyddslag|data protection act|(?<![\d/])1050\s*/\s*2018(?!\d)", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex DataProtectionAct();

    [GeneratedRegex(@"väestötietola(ki|in|ia|issa|ista|ille|ilta)\b|väestötietojärjestelmästä|befolkningsdatasystem|befolkningsdatalag|population information (system|act)|(?<![\d/])661\s*/\s*2009(?!\d)", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex PopulationInformationAct();

    [GeneratedRegex(@"\bgdpr\b|tietosuoja-? ?asetu|yleinen tietosuoja|general data protection regulation|dataskyddsförordning|(?<![\d/])2016\s*/\s*679(?!\d)", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex Gdpr();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex Whitespace();
}

internal sealed record GeneralLaw(OperatorText Name, Regex Pattern);
