namespace HakemusAutopilot.Profile;

internal enum FormField
{
    Purpose,
    HomeMunicipalityForProtectionOrder,
    NeededData,
    TechnicalContactName,
    TechnicalContactEmail,
    TechnicalContactPhone,
    DeputyName,
    DeputyEmail,
    DeputyPhone,
    ProcessEmail,
    SecurityStatement,
}

/// <summary>Exactly what the browser will type or choose, in the form's order.</summary>
internal sealed record FormPlan(string Language, string? ActAs, IReadOnlyList<PlannedField> Fields, IReadOnlyList<PlannedAttachment> Attachments, bool SaveDraft);

/// <summary>One field's value; a personal value (<see cref="IsPersonal"/>) stays out of logs.</summary>
internal sealed record PlannedField(FormField Field, string Value, bool IsPersonal);

internal sealed record PlannedAttachment(string FullPath, string FileName, string Description, long Bytes);

internal static class FormPlanner
{
    public static FormPlan Plan(InstitutionProfile profile)
    {
        var fields = new List<PlannedField>
        {
            new(FormField.Purpose, PurposeComposer.Compose(profile), IsPersonal: false),

            // Always planned, and always unticked: OPISKELIJA gives no data under a protection order.
            new(FormField.HomeMunicipalityForProtectionOrder, "false", IsPersonal: false),
            new(FormField.NeededData, PurposeComposer.NeededData(profile), IsPersonal: false),
            new(FormField.TechnicalContactName, profile.TechnicalContact.Name, IsPersonal: true),
            new(FormField.TechnicalContactEmail, profile.TechnicalContact.Email, IsPersonal: true),
            new(FormField.TechnicalContactPhone, profile.TechnicalContact.Phone, IsPersonal: true),
        };
        if (profile.Deputy is { } deputy)
        {
            fields.Add(new(FormField.DeputyName, deputy.Name, IsPersonal: true));
            fields.Add(new(FormField.DeputyEmail, deputy.Email, IsPersonal: true));
            fields.Add(new(FormField.DeputyPhone, deputy.Phone, IsPersonal: true));
        }

        fields.Add(new(FormField.ProcessEmail, profile.ProcessEmail, IsPersonal: true));
        fields.Add(new(FormField.SecurityStatement, profile.SecurityStatement, IsPersonal: false));

        var attachments = profile.Attachments
            .Select(attachment => new PlannedAttachment(
                attachment.FullPath,
                Path.GetFileName(attachment.FullPath),
                attachment.Description,
                new FileInfo(attachment.FullPath).Length))
            .ToList();
        return new FormPlan(profile.Language, profile.Applicant.ActAs, fields, attachments, profile.SaveDraft);
    }
}
