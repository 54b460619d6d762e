namespace HakemusAutopilot.Profile;

/// <summary>One institution's answers to the application, as read from its profile file.</summary>
internal sealed record InstitutionProfile(
    string Language,
    ApplicantDetails Applicant,
    PurposeDetails Purpose,
    string? NeededData,
    bool HomeMunicipalityForProtectionOrder,
    ContactPerson TechnicalContact,
    ContactPerson? Deputy,
    string ProcessEmail,
    string SecurityStatement,
    IReadOnlyList<ProfileAttachment> Attachments,
    bool SaveDraft,
    string SourcePath);

internal sealed record ApplicantDetails(string Name, string BusinessId, string? ActAs);

internal sealed record PurposeDetails(
    IReadOnlyList<string> Tasks,
    string Use,
    string Register,
    IReadOnlyList<LegalBasisEntry> LegalBasis,
    string? LegalBasisText);

internal sealed record LegalBasisEntry(string Statute, string? Number, IReadOnlyList<string> Sections);

internal sealed record ContactPerson(string Name, string Email, string Phone);

/// <summary>An attachment: <see cref="Path"/> as written, relative to the profile's folder, and <see cref="FullPath"/> resolved against it.</summary>
internal sealed record ProfileAttachment(string Path, string Description, string FullPath);
