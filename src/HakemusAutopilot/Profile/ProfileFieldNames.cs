using System.Text.RegularExpressions;

namespace HakemusAutopilot.Profile;

/// <summary>What each part of a profile is called in plain words, for findings.</summary>
internal static partial class ProfileFieldNames
{
    private static readonly Dictionary<string, (string Fi, string En)> Names = new(StringComparer.Ordinal)
    {
        ["$schema"] = ("skeeman osoite", "schema address"),
        ["language"] = ("asiointikieli", "session language"),
        ["applicant"] = ("hakija", "applicant"),
        ["applicant.name"] = ("hakijaorganisaation nimi", "applicant organisation's name"),
        ["applicant.businessId"] = ("hakijan Y-tunnus", "applicant's business ID (Y-tunnus)"),
        ["applicant.actAs"] = ("organisaatio, jonka puolesta asioidaan", "organisation to act for"),
        ["purpose"] = ("käyttötarkoitus", "purpose"),
        ["purpose.tasks"] = ("tehtävät, joissa tietoja käytetään", "tasks in which the data is used"),
        ["purpose.tasks[]"] = ("tehtävä", "task"),
        ["purpose.use"] = ("kuvaus siitä, miten tietoja käytetään", "description of how the data is used"),
        ["purpose.register"] = ("rekisteri, jota tiedoilla päivitetään", "register the data updates"),
        ["purpose.legalBasis"] = ("oikeusperuste", "legal basis"),
        ["purpose.legalBasis[]"] = ("säädös", "statute"),
        ["purpose.legalBasis[].statute"] = ("säädöksen nimi", "statute name"),
        ["purpose.legalBasis[].number"] = ("säädöksen numero", "statute number"),
        ["purpose.legalBasis[].sections"] = ("pykälät", "sections"),
        ["purpose.legalBasis[].sections[]"] = ("pykälä", "section"),
        ["purpose.legalBasisText"] = ("oikeusperusteen lisäteksti", "additional legal basis text"),
        ["neededData"] = ("kuvaus tarvittavista tiedoista", "description of the data needed"),
        ["homeMunicipalityForProtectionOrder"] = ("turvakieltoisten henkilöiden kotikuntatieto", "home municipality of persons under a protection order"),
        ["technicalContact"] = ("tekninen yhteyshenkilö", "technical contact"),
        ["technicalContact.name"] = ("teknisen yhteyshenkilön nimi", "technical contact's name"),
        ["technicalContact.email"] = ("teknisen yhteyshenkilön sähköpostiosoite", "technical contact's e-mail address"),
        ["technicalContact.phone"] = ("teknisen yhteyshenkilön puhelinnumero", "technical contact's phone number"),
        ["deputy"] = ("varahenkilö", "deputy"),
        ["deputy.name"] = ("varahenkilön nimi", "deputy's name"),
        ["deputy.email"] = ("varahenkilön sähköpostiosoite", "deputy's e-mail address"),
        ["deputy.phone"] = ("varahenkilön puhelinnumero", "deputy's phone number"),
        ["processEmail"] = ("prosessin sähköpostiosoite", "process e-mail address"),
        ["securityStatement"] = ("tietoturvaselvitys", "data-security statement"),
        ["attachments"] = ("liitteet", "attachments"),
        ["attachments[]"] = ("liite", "attachment"),
        ["attachments[].path"] = ("liitteen tiedostopolku", "attachment's file path"),
        ["attachments[].description"] = ("liitteen kuvaus", "attachment's description"),
        ["saveDraft"] = ("luonnoksen tallennus", "saving the draft"),
    };

    public static (string Fi, string En) Of(string path)
    {
        var key = Index().Replace(path, "[]");
        return Names.TryGetValue(key, out var names) ? names : ($"'{path}'", $"'{path}'");
    }

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex Index();
}
