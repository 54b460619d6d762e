using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>What each part of a profile is called in plain words, for findings.</summary>
internal static partial class ProfileFieldNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["$schema"] = nameof(Texts.FieldSchema),
        ["language"] = nameof(Texts.FieldLanguage),
        ["applicant"] = nameof(Texts.FieldApplicant),
        ["applicant.name"] = nameof(Texts.FieldApplicantName),
        ["applicant.businessId"] = nameof(Texts.FieldApplicantBusinessId),
        ["applicant.actAs"] = nameof(Texts.FieldApplicantActAs),
        ["purpose"] = nameof(Texts.FieldPurpose),
        ["purpose.tasks"] = nameof(Texts.FieldPurposeTasks),
        ["purpose.tasks[]"] = nameof(Texts.FieldPurposeTasksItem),
        ["purpose.use"] = nameof(Texts.FieldPurposeUse),
        ["purpose.register"] = nameof(Texts.FieldPurposeRegister),
        ["purpose.legalBasis"] = nameof(Texts.FieldPurposeLegalBasis),
        ["purpose.legalBasis[]"] = nameof(Texts.FieldPurposeLegalBasisItem),
        ["purpose.legalBasis[].statute"] = nameof(Texts.FieldPurposeLegalBasisItemStatute),
        ["purpose.legalBasis[].number"] = nameof(Texts.FieldPurposeLegalBasisItemNumber),
        ["purpose.legalBasis[].sections"] = nameof(Texts.FieldPurposeLegalBasisItemSections),
        ["purpose.legalBasis[].sections[]"] = nameof(Texts.FieldPurposeLegalBasisItemSectionsItem),
        ["purpose.legalBasisText"] = nameof(Texts.FieldPurposeLegalBasisText),
        ["neededData"] = nameof(Texts.FieldNeededData),
        ["homeMunicipalityForProtectionOrder"] = nameof(Texts.FieldHomeMunicipalityForProtectionOrder),
        ["technicalContact"] = nameof(Texts.FieldTechnicalContact),
        ["technicalContact.name"] = nameof(Texts.FieldTechnicalContactName),
        ["technicalContact.email"] = nameof(Texts.FieldTechnicalContactEmail),
        ["technicalContact.phone"] = nameof(Texts.FieldTechnicalContactPhone),
        ["deputy"] = nameof(Texts.FieldDeputy),
        ["deputy.name"] = nameof(Texts.FieldDeputyName),
        ["deputy.email"] = nameof(Texts.FieldDeputyEmail),
        ["deputy.phone"] = nameof(Texts.FieldDeputyPhone),
        ["processEmail"] = nameof(Texts.FieldProcessEmail),
        ["securityStatement"] = nameof(Texts.FieldSecurityStatement),
        ["attachments"] = nameof(Texts.FieldAttachments),
        ["attachments[]"] = nameof(Texts.FieldAttachmentsItem),
        ["attachments[].path"] = nameof(Texts.FieldAttachmentsItemPath),
        ["attachments[].description"] = nameof(Texts.FieldAttachmentsItemDescription),
        ["saveDraft"] = nameof(Texts.FieldSaveDraft),
    };

    public static OperatorText Of(string path) =>
        Names.TryGetValue(Index().Replace(path, "[]"), out var key) ? new OperatorText(key) : new OperatorText(nameof(Texts.Verbatim), $"'{path}'");

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex Index();
}
