using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// What DVV would refuse weeks later, refused before the browser opens. Findings never quote
/// values from the profile (contact details are personal data and may be logged), only say where they are.
/// </summary>
internal static partial class ProfileRules
{
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

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

        Required(profile.SecurityStatement, "securityStatement", findings);

        AttachmentRules.Check(profile.Attachments, rules, findings);
    }

    private static void CheckLanguage(string language, FindingCollector findings)
    {
        if (!Languages.Contains(language))
        {
            findings.Error(
                "language",
                new(nameof(Texts.ProfileLanguageUnsupported)),
                new(nameof(Texts.ProfileLanguageUnsupportedFix)));
        }
    }

    private static void CheckApplicant(ApplicantDetails applicant, ProfileRulesOptions rules, FindingCollector findings)
    {
        Required(applicant.Name, "applicant.name", findings);
        if (!Required(applicant.BusinessId, "applicant.businessId", findings))
        {
            return;
        }

        if (!Identifiers.HasBusinessIdShape(applicant.BusinessId))
        {
            findings.Error(
                "applicant.businessId",
                new(nameof(Texts.ProfileBusinessIdShape)),
                new(nameof(Texts.ProfileBusinessIdShapeFix)));
        }
        else if (!Identifiers.IsValidBusinessId(applicant.BusinessId))
        {
            findings.Error(
                "applicant.businessId",
                new(nameof(Texts.ProfileBusinessIdCheckDigit)),
                new(nameof(Texts.ProfileBusinessIdCheckDigitFix)));
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
                new(nameof(Texts.ProfileRegisterMissing)),
                new(nameof(Texts.ProfileRegisterMissingFix)));
        }

        CheckLegalBasis(purpose.LegalBasis, findings);

        var composed = PurposeComposer.Compose(profile);
        if (composed.Length > rules.MaxPurposeCharacters)
        {
            var over = composed.Length - rules.MaxPurposeCharacters;
            findings.Error(
                "purpose",
                new(nameof(Texts.ProfilePurposeTooLong), composed.Length, rules.MaxPurposeCharacters),
                new(nameof(Texts.ProfilePurposeTooLongFix), over));
        }
    }

    private static void CheckTasks(IReadOnlyList<string> tasks, FindingCollector findings)
    {
        if (tasks.Count == 0)
        {
            findings.Error(
                "purpose.tasks",
                new(nameof(Texts.ProfileTasksMissing)),
                new(nameof(Texts.ProfileTasksMissingFix)));
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
                new(nameof(Texts.ProfileOnlyTechnicalNeed)),
                new(nameof(Texts.ProfileOnlyTechnicalNeedFix)));
        }
    }

    private static void CheckLegalBasis(IReadOnlyList<LegalBasisEntry> legalBasis, FindingCollector findings)
    {
        if (legalBasis.Count == 0)
        {
            findings.Error(
                "purpose.legalBasis",
                new(nameof(Texts.ProfileLegalBasisMissing)),
                new(nameof(Texts.ProfileLegalBasisMissingFix)));
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
                new(nameof(Texts.ProfileGeneralLawOnly), law.Name),
                new(nameof(Texts.ProfileGeneralLawOnlyFix)));
        }
    }

    private static void CheckLegalBasisEntry(LegalBasisEntry entry, string path, FindingCollector findings)
    {
        Required(entry.Statute, path + ".statute", findings);
        if (entry.Number is null)
        {
            findings.Warning(
                path + ".number",
                new(nameof(Texts.ProfileStatuteNumberMissing)),
                new(nameof(Texts.ProfileStatuteNumberMissingFix)));
        }
        else if (!StatuteNumber().IsMatch(entry.Number))
        {
            findings.Warning(
                path + ".number",
                new(nameof(Texts.ProfileStatuteNumberShape)),
                new(nameof(Texts.ProfileStatuteNumberShapeFix)));
        }

        if (entry.Sections.Count == 0)
        {
            findings.Error(
                path + ".sections",
                new(nameof(Texts.ProfileSectionsMissing)),
                new(nameof(Texts.ProfileSectionsMissingFix)));
            return;
        }

        for (var i = 0; i < entry.Sections.Count; i++)
        {
            var sectionPath = ProfilePaths.Item(path + ".sections", i);
            if (Required(entry.Sections[i], sectionPath, findings) && !entry.Sections[i].Any(char.IsAsciiDigit))
            {
                findings.Error(
                    sectionPath,
                    new(nameof(Texts.ProfileSectionWithoutNumber)),
                    new(nameof(Texts.ProfileSectionWithoutNumberFix)));
            }
        }
    }

    private static void CheckNeededData(InstitutionProfile profile, ProfileRulesOptions rules, FindingCollector findings)
    {
        if (profile.NeededData is null)
        {
            return;
        }

        if (!ProductName().IsMatch(profile.NeededData))
        {
            findings.Warning(
                "neededData",
                new(nameof(Texts.ProfileNeededDataWithoutProduct)),
                new(nameof(Texts.ProfileNeededDataWithoutProductFix), PurposeComposer.DefaultNeededData(profile.Language)));
        }
    }

    private static void CheckProtectionOrder(bool requested, FindingCollector findings)
    {
        if (requested)
        {
            findings.Error(
                "homeMunicipalityForProtectionOrder",
                new(nameof(Texts.ProfileProtectionOrderRequested)),
                new(nameof(Texts.ProfileProtectionOrderRequestedFix)));
        }
    }

    private static void CheckContact(ContactPerson contact, string path, ProfileRulesOptions rules, FindingCollector findings)
    {
        Required(contact.Name, path + ".name", findings);

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

        OperatorText reason = new(email switch
        {
            _ when email.Any(char.IsWhiteSpace) => nameof(Texts.ReasonHasSpace),
            _ when email.Count(c => c == '@') != 1 => nameof(Texts.ReasonNotOneAt),
            _ when !email.All(char.IsAscii) => nameof(Texts.ReasonNotAscii),
            _ when !email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.', StringComparison.Ordinal) => nameof(Texts.ReasonNoDomain),
            _ => nameof(Texts.ReasonInvalidForm),
        });
        findings.Error(
            path,
            new(nameof(Texts.ProfileEmailInvalid), ProfileFieldNames.Of(path), reason),
            new(nameof(Texts.ProfileEmailInvalidFix)));
    }

    private static void CheckPhone(string phone, string path, FindingCollector findings)
    {
        if (Identifiers.IsValidPhone(phone))
        {
            return;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        OperatorText reason = new(phone switch
        {
            _ when phone.Any(char.IsLetter) => nameof(Texts.ReasonHasLetters),
            _ when TrunkZeroAfterCountryCode().IsMatch(phone) => nameof(Texts.ReasonTrunkZero),
            _ when digits < 6 => nameof(Texts.ReasonTooFewDigits),
            _ when digits > 15 => nameof(Texts.ReasonTooManyDigits),
            _ => nameof(Texts.ReasonInvalidForm),
        });
        findings.Error(
            path,
            new(nameof(Texts.ProfilePhoneInvalid), ProfileFieldNames.Of(path), reason),
            new(nameof(Texts.ProfilePhoneInvalidFix)));
    }

    internal static bool Required(string value, string path, FindingCollector findings)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        findings.Error(
            path,
            new(nameof(Texts.ProfileRequiredMissing), ProfileFieldNames.Of(path)),
            new(nameof(Texts.ProfileRequiredMissingFix), path));
        return false;
    }

    [GeneratedRegex(@"^(\(EU\)\s*)?\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex StatuteNumber();

    [GeneratedRegex(@"\bOPISKELIJA\b", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex ProductName();

    [GeneratedRegex(@"^\s*(\+|00)\s*358[\s-]*\(?0", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex TrunkZeroAfterCountryCode();
}
