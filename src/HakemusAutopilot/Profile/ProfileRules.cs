using System.Globalization;
using System.Text.RegularExpressions;

namespace HakemusAutopilot.Profile;

/// <summary>
/// What DVV would refuse weeks later, refused before the browser opens. Findings never quote
/// values from the profile (contact details are personal data and may be logged), only say where they are.
/// </summary>
internal static partial class ProfileRules
{
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static void Check(InstitutionProfile profile, ProfileRulesOptions rules, FindingCollector findings)
    {
        CheckLanguage(profile.Language, findings);
        CheckApplicant(profile.Applicant, rules, findings);
        CheckPurpose(profile, rules, findings);
        CheckNeededData(profile, rules, findings);
        CheckProtectionOrder(profile.HomeMunicipalityForProtectionOrder, findings);
        CheckContact(profile.TechnicalContact, "technicalContact", rules, findings);
        if (profile.Deputy is not null)
        {
            CheckContact(profile.Deputy, "deputy", rules, findings);
        }

        if (Required(profile.ProcessEmail, "processEmail", findings))
        {
            CheckEmail(profile.ProcessEmail, "processEmail", findings);
        }

        if (Required(profile.SecurityStatement, "securityStatement", findings))
        {
            MaxLength(profile.SecurityStatement, rules.MaxSecurityStatementCharacters, "securityStatement", findings);
        }

        AttachmentRules.Check(profile.Attachments, rules, findings);
    }

    private static void CheckLanguage(string language, FindingCollector findings)
    {
        if (!Languages.Contains(language))
        {
            findings.Error(
                "language",
                "Asiointikieltä ei tueta. Sähköisen palvelun kieli voi olla fi, sv tai en.",
                "The session language is not supported. The e-service's language can be fi, sv or en.",
                "Kirjoita kohtaan language arvo \"fi\", \"sv\" tai \"en\", tai jätä kohta pois, jolloin kieli on suomi.",
                "Set language to \"fi\", \"sv\" or \"en\", or leave it out for Finnish.");
        }
    }

    private static void CheckApplicant(ApplicantDetails applicant, ProfileRulesOptions rules, FindingCollector findings)
    {
        if (Required(applicant.Name, "applicant.name", findings))
        {
            MaxLength(applicant.Name, rules.MaxNameCharacters, "applicant.name", findings);
        }

        if (applicant.ActAs is not null)
        {
            MaxLength(applicant.ActAs, rules.MaxNameCharacters, "applicant.actAs", findings);
        }

        if (!Required(applicant.BusinessId, "applicant.businessId", findings))
        {
            return;
        }

        if (!Identifiers.HasBusinessIdShape(applicant.BusinessId))
        {
            findings.Error(
                "applicant.businessId",
                "Y-tunnus ei ole oikeaa muotoa: siinä pitää olla seitsemän numeroa, väliviiva ja tarkistusnumero.",
                "The business ID (Y-tunnus) has the wrong shape: it must be seven digits, a hyphen and a check digit.",
                "Kirjoita Y-tunnus muodossa 1234567-X. Jos tunnuksessa on vain kuusi numeroa ennen väliviivaa, lisää alkuun nolla.",
                "Write the Y-tunnus as 1234567-X. If it has only six digits before the hyphen, add a leading zero.");
        }
        else if (!Identifiers.IsValidBusinessId(applicant.BusinessId))
        {
            findings.Error(
                "applicant.businessId",
                "Y-tunnuksen tarkistusnumero ei täsmää, joten tunnuksessa on kirjoitusvirhe.",
                "The check digit of the business ID (Y-tunnus) does not match, so the ID has a typo.",
                "Tarkista Y-tunnus yritys- ja yhteisötietojärjestelmästä (ytj.fi) ja kopioi se sieltä.",
                "Look the Y-tunnus up in the Finnish business information system (ytj.fi) and copy it from there.");
        }
    }

    private static void CheckPurpose(InstitutionProfile profile, ProfileRulesOptions rules, FindingCollector findings)
    {
        var purpose = profile.Purpose;
        CheckTasks(purpose.Tasks, findings);
        Required(purpose.Use, "purpose.use", findings);
        if (string.IsNullOrWhiteSpace(purpose.Register))
        {
            findings.Error(
                "purpose.register",
                "Rekisteriä ei ole nimetty. DVV:n ohjeen mukaan käyttötarkoituksesta pitää näkyä, mitä rekisteriä tiedoilla päivitetään.",
                "No register is named. DVV's instructions require the purpose to say which register the data updates.",
                "Kirjoita kohtaan purpose.register rekisteri ja järjestelmä, esimerkiksi \"oppilaitoksen opiskelijarekisteri, jota ylläpidetään opiskelijahallintojärjestelmässä\".",
                "Name the register and its system in purpose.register, for example \"the institution's student register, kept in its student administration system\".");
        }

        CheckLegalBasis(purpose.LegalBasis, findings);

        var composed = PurposeComposer.Compose(profile);
        if (composed.Length > rules.MaxPurposeCharacters)
        {
            var over = composed.Length - rules.MaxPurposeCharacters;
            findings.Error(
                "purpose",
                Fi($"Käyttötarkoitus-kenttään koottu teksti on {composed.Length} merkkiä, mutta lomake hyväksyy enintään {rules.MaxPurposeCharacters}."),
                En($"The text composed for the Käyttötarkoitus field is {composed.Length} characters, but the form accepts at most {rules.MaxPurposeCharacters}."),
                Fi($"Lyhennä purpose-kohdan tekstejä (tasks, use, register, legalBasisText) yhteensä vähintään {over} merkillä. Koottu teksti näkyy komennolla plan."),
                En($"Shorten the texts under purpose (tasks, use, register, legalBasisText) by at least {over} characters in all. The plan command shows the composed text."));
        }
    }

    private static void CheckTasks(IReadOnlyList<string> tasks, FindingCollector findings)
    {
        if (tasks.Count == 0)
        {
            findings.Error(
                "purpose.tasks",
                "Tehtäviä, joissa tietoja käytetään, ei ole kerrottu. DVV:n ohjeen mukaan käyttötarkoituksesta pitää näkyä, missä tehtävissä tietoja käytetään.",
                "The tasks in which the data is used are missing. DVV's instructions require the purpose to say in which tasks the data is used.",
                "Luettele kohdassa purpose.tasks oppilaitoksen tehtävät, esimerkiksi \"opiskelijaksi ottaminen ja opiskelijavalinnat\" ja \"opiskelijarekisterin ylläpito\".",
                "List the institution's tasks in purpose.tasks, for example \"opiskelijaksi ottaminen ja opiskelijavalinnat\" (admissions) and \"opiskelijarekisterin ylläpito\" (keeping the student register).");
            return;
        }

        for (var i = 0; i < tasks.Count; i++)
        {
            Required(tasks[i], ProfilePaths.Item("purpose.tasks", i), findings);
        }

        var stated = tasks.Where(task => task.Length > 0).ToList();
        if (stated.Count > 0 && stated.All(TechnicalNeeds.IsOnlyTechnical))
        {
            findings.Error(
                "purpose.tasks",
                "Käyttötarkoitukseksi on kerrottu vain tekninen tarve, kuten järjestelmän päivittäminen. DVV ei hyväksy teknistä päivitystarvetta käyttötarkoitukseksi sellaisenaan: hakemuksesta pitää näkyä tehtävät, joita tiedot palvelevat.",
                "The purpose states only a technical need, such as updating a system. DVV does not accept a technical need to update a system as a purpose on its own: the application must name the tasks the data serves.",
                "Kerro kohdassa purpose.tasks tehtävät, joissa tietoja käytetään, esimerkiksi \"opiskelijaksi ottaminen ja opiskelijavalinnat\", \"opiskelijarekisterin ylläpito\" tai \"oppivelvollisuuden valvonta\". Tekninen tarve kuuluu kohtaan purpose.use.",
                "Name the tasks in which the data is used in purpose.tasks, for example admissions, keeping the student register or supervising compulsory education. Describe the technical need in purpose.use.");
        }
    }

    private static void CheckLegalBasis(IReadOnlyList<LegalBasisEntry> legalBasis, FindingCollector findings)
    {
        if (legalBasis.Count == 0)
        {
            findings.Error(
                "purpose.legalBasis",
                "Oikeusperuste puuttuu. DVV:n ohjeen mukaan hakemuksessa pitää mainita ne lain pykälät, jotka koskevat hakijan koulutusta.",
                "The legal basis is missing. DVV's instructions require the sections of law that govern the applicant's education.",
                "Lisää kohtaan purpose.legalBasis koulutusta koskeva laki numeroineen ja pykälineen, esimerkiksi { \"statute\": \"Laki ammatillisesta koulutuksesta\", \"number\": \"531/2017\", \"sections\": [\"99 §\"] }.",
                "Add the law that governs your education with its number and sections to purpose.legalBasis, for example { \"statute\": \"Laki ammatillisesta koulutuksesta\", \"number\": \"531/2017\", \"sections\": [\"99 §\"] }.");
            return;
        }

        for (var i = 0; i < legalBasis.Count; i++)
        {
            CheckLegalBasisEntry(legalBasis[i], ProfilePaths.Item("purpose.legalBasis", i), findings);
        }

        var general = legalBasis.Select(entry => GeneralLaws.Recognise(entry.Statute, entry.Number)).ToList();
        if (general.Any(law => law is null))
        {
            return;
        }

        for (var i = 0; i < general.Count; i++)
        {
            var law = general[i]!;
            findings.Error(
                ProfilePaths.Item("purpose.legalBasis", i) + ".statute",
                $"{law.NameFi} on yleislaki. DVV ei hyväksy yleislakia ainoaksi oikeusperusteeksi: hakemuksessa pitää olla ne pykälät, jotka koskevat oppilaitoksen koulutusta.",
                $"{law.NameEn} is a general law. DVV does not accept a general law as the only legal basis: the application must cite the sections of law that govern the institution's education.",
                "Lisää koulutusta koskeva laki pykälineen, esimerkiksi Laki ammatillisesta koulutuksesta (531/2017), Lukiolaki (714/2018) tai Ammattikorkeakoululaki (932/2014). Yleislain voi jättää sen rinnalle.",
                "Add the law that governs your education with its sections, for example Laki ammatillisesta koulutuksesta (531/2017), Lukiolaki (714/2018) or Ammattikorkeakoululaki (932/2014). The general law may stay beside it.");
        }
    }

    private static void CheckLegalBasisEntry(LegalBasisEntry entry, string path, FindingCollector findings)
    {
        Required(entry.Statute, path + ".statute", findings);
        if (entry.Number is null)
        {
            findings.Warning(
                path + ".number",
                "Säädöksen numero puuttuu. Numerosta DVV tunnistaa lain yksiselitteisesti.",
                "The statute number is missing. The number lets DVV identify the law without doubt.",
                "Lisää numero muodossa 531/2017 (numero/vuosi). Numeron löydät Finlexistä.",
                "Add the number as 531/2017 (number/year). Finlex gives it.");
        }
        else if (!StatuteNumber().IsMatch(entry.Number))
        {
            findings.Warning(
                path + ".number",
                "Säädöksen numero ei ole tavallista muotoa numero/vuosi, esimerkiksi 531/2017.",
                "The statute number is not in the usual form number/year, for example 531/2017.",
                "Tarkista numero Finlexistä ja kirjoita se muodossa 531/2017.",
                "Check the number in Finlex and write it as 531/2017.");
        }

        if (entry.Sections.Count == 0)
        {
            findings.Error(
                path + ".sections",
                "Pykälät puuttuvat. DVV:n ohjeen mukaan hakemuksessa pitää mainita lain pykälät, eikä pelkkä lain nimi riitä.",
                "The sections are missing. DVV's instructions require the sections of the law, not only its name.",
                "Luettele kohdassa sections ne pykälät, joihin tehtävät ja tietojen käyttö perustuvat, esimerkiksi [\"99 §\", \"106 §\"].",
                "List the sections the tasks and the use of the data rest on, for example [\"99 §\", \"106 §\"].");
            return;
        }

        for (var i = 0; i < entry.Sections.Count; i++)
        {
            var sectionPath = ProfilePaths.Item(path + ".sections", i);
            if (Required(entry.Sections[i], sectionPath, findings) && !entry.Sections[i].Any(char.IsAsciiDigit))
            {
                findings.Error(
                    sectionPath,
                    "Pykälässä ei ole numeroa.",
                    "The section has no number.",
                    "Kirjoita pykälä muodossa \"99 §\" tai \"99 § 2 mom.\".",
                    "Write the section as \"99 §\" or \"99 § 2 mom.\".");
            }
        }
    }

    private static void CheckNeededData(InstitutionProfile profile, ProfileRulesOptions rules, FindingCollector findings)
    {
        if (profile.NeededData is null)
        {
            return;
        }

        MaxLength(profile.NeededData, rules.MaxNeededDataCharacters, "neededData", findings);
        if (!ProductName().IsMatch(profile.NeededData))
        {
            findings.Warning(
                "neededData",
                "Kuvaus tarvittavista tiedoista ei mainitse tuotetta OPISKELIJA. DVV:n ohjeen mukaan kohdassa kerrotaan, että tilataan tuote OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri.",
                "The description of the data needed does not name the product OPISKELIJA. DVV's instructions say to state that the product OPISKELIJA tutkintoon johtavaa koulutusta antavien oppilaitosten rekisteri is ordered.",
                Fi($"Poista kohta neededData, jolloin käytetään vakiolausetta \"{PurposeComposer.DefaultNeededData("fi")}\", tai mainitse tuote siinä."),
                En($"Remove neededData to use the standard sentence \"{PurposeComposer.DefaultNeededData("en")}\", or name the product in it."));
        }
    }

    private static void CheckProtectionOrder(bool requested, FindingCollector findings)
    {
        if (requested)
        {
            findings.Error(
                "homeMunicipalityForProtectionOrder",
                "Profiili pyytää valitsemaan ruudun \"Tarvitsemme kotikuntatiedon myös henkilöistä, joilla on turvakielto\". OPISKELIJA-tuote ei luovuta tietoja henkilöistä, joilla on turvakielto, joten ruutu pitää jättää valitsematta.",
                "The profile asks to tick \"Tarvitsemme kotikuntatiedon myös henkilöistä, joilla on turvakielto\" (home municipality also for persons under a protection order). The OPISKELIJA product gives no data on persons under a protection order, so the box must stay unticked.",
                "Aseta homeMunicipalityForProtectionOrder arvoon false tai poista kohta.",
                "Set homeMunicipalityForProtectionOrder to false or remove it.");
        }
    }

    private static void CheckContact(ContactPerson contact, string path, ProfileRulesOptions rules, FindingCollector findings)
    {
        if (Required(contact.Name, path + ".name", findings))
        {
            MaxLength(contact.Name, rules.MaxNameCharacters, path + ".name", findings);
        }

        if (Required(contact.Email, path + ".email", findings))
        {
            CheckEmail(contact.Email, path + ".email", findings);
        }

        if (Required(contact.Phone, path + ".phone", findings))
        {
            CheckPhone(contact.Phone, path + ".phone", findings);
        }
    }

    private static void CheckEmail(string email, string path, FindingCollector findings)
    {
        if (Identifiers.IsValidEmail(email))
        {
            return;
        }

        var (reasonFi, reasonEn) = email switch
        {
            _ when email.Any(char.IsWhiteSpace) => ("siinä on välilyönti", "it contains a space"),
            _ when email.Count(c => c == '@') != 1 => ("siinä pitää olla täsmälleen yksi @-merkki", "it must contain exactly one @"),
            _ when !email.All(char.IsAscii) => ("siinä on ääkkösiä tai muita merkkejä, joita sähköpostiosoitteissa ei käytetä", "it contains letters such as ä or ö that e-mail addresses do not use"),
            _ when !email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.', StringComparison.Ordinal) => ("@-merkin jälkeen pitää olla verkkotunnus, kuten organisaatio.fi", "the part after @ must be a domain such as organisation.fi"),
            _ => ("sen muoto ei kelpaa", "its form is not valid"),
        };
        var (fieldFi, fieldEn) = ProfileFieldNames.Of(path);
        findings.Error(
            path,
            $"Sähköpostiosoite ei voi olla oikea ({fieldFi}): {reasonFi}.",
            $"This e-mail address cannot be right ({fieldEn}): {reasonEn}.",
            "Kirjoita osoite muodossa nimi@organisaatio.fi: yksi @-merkki, ei välilyöntejä eikä ääkkösiä.",
            "Write the address as name@organisation.fi: one @, no spaces, no letters such as ä or ö.");
    }

    private static void CheckPhone(string phone, string path, FindingCollector findings)
    {
        if (Identifiers.IsValidPhone(phone))
        {
            return;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        var (reasonFi, reasonEn) = phone switch
        {
            _ when phone.Any(char.IsLetter) => ("siinä on kirjaimia", "it contains letters"),
            _ when TrunkZeroAfterCountryCode().IsMatch(phone) => ("maatunnuksen +358 jälkeen ei kirjoiteta nollaa", "no zero is written after the country code +358"),
            _ when digits < 6 => ("siinä on liian vähän numeroita", "it has too few digits"),
            _ when digits > 15 => ("siinä on liian monta numeroa", "it has too many digits"),
            _ => ("sen muoto ei kelpaa", "its form is not valid"),
        };
        var (fieldFi, fieldEn) = ProfileFieldNames.Of(path);
        findings.Error(
            path,
            $"Puhelinnumero ei voi olla oikea ({fieldFi}): {reasonFi}.",
            $"This phone number cannot be right ({fieldEn}): {reasonEn}.",
            "Kirjoita numero muodossa +358 40 123 4567 tai 040 123 4567. Välilyönnit ja väliviivat ovat sallittuja.",
            "Write the number as +358 40 123 4567 or 040 123 4567. Spaces and hyphens are fine.");
    }

    internal static bool Required(string value, string path, FindingCollector findings)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var (fieldFi, fieldEn) = ProfileFieldNames.Of(path);
        findings.Error(
            path,
            $"Pakollinen tieto puuttuu tai on tyhjä: {fieldFi}.",
            $"A required part is missing or empty: {fieldEn}.",
            $"Täytä kohta {path}. Mallia löytyy kansion fixtures/profiles esimerkeistä.",
            $"Fill in {path}. The examples in fixtures/profiles show how.");
        return false;
    }

    internal static void MaxLength(string value, int max, string path, FindingCollector findings)
    {
        if (value.Length <= max)
        {
            return;
        }

        var (fieldFi, fieldEn) = ProfileFieldNames.Of(path);
        findings.Error(
            path,
            Fi($"Teksti on liian pitkä ({fieldFi}): {value.Length} merkkiä, kun lomake hyväksyy enintään {max}."),
            En($"The text is too long ({fieldEn}): {value.Length} characters, while the form accepts at most {max}."),
            Fi($"Lyhennä tekstiä vähintään {value.Length - max} merkillä."),
            En($"Shorten the text by at least {value.Length - max} characters."));
    }

    internal static string Fi(FormattableString text) => text.ToString(Finnish);

    internal static string En(FormattableString text) => text.ToString(English);

    [GeneratedRegex(@"^(\(EU\)\s*)?\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex StatuteNumber();

    [GeneratedRegex(@"\bOPISKELIJA\b", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex ProductName();

    [GeneratedRegex(@"^\s*(\+|00)\s*358[\s-]*\(?0", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex TrunkZeroAfterCountryCode();
}
