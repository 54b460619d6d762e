namespace HakemusAutopilot.Profile;

/// <summary>
/// Reads the checked tree into an <see cref="InstitutionProfile"/>. Missing or mistyped parts become
/// empty values: <see cref="ProfileSchema"/> has already reported them, and the rules then see what is left.
/// </summary>
internal static class ProfileMapper
{
    public const string DefaultLanguage = "fi";

    public static InstitutionProfile Map(ObjectNode root, string sourcePath)
    {
        var folder = Path.GetDirectoryName(sourcePath) ?? Directory.GetCurrentDirectory();
        var applicant = Object(root, "applicant");
        var purpose = Object(root, "purpose");
        var deputy = Object(root, "deputy");
        return new InstitutionProfile(
            Language: (OptionalText(root, "language") ?? DefaultLanguage).ToLowerInvariant(),
            Applicant: new ApplicantDetails(Text(applicant, "name"), Text(applicant, "businessId"), OptionalText(applicant, "actAs")),
            Purpose: new PurposeDetails(
                Tasks: List(purpose, "tasks").Select(TextOf).ToList(),
                Use: Text(purpose, "use"),
                Register: Text(purpose, "register"),
                LegalBasis: List(purpose, "legalBasis").Select(item => item as ObjectNode).Select(entry => new LegalBasisEntry(
                    Text(entry, "statute"),
                    OptionalText(entry, "number"),
                    List(entry, "sections").Select(TextOf).ToList())).ToList(),
                LegalBasisText: OptionalText(purpose, "legalBasisText")),
            NeededData: OptionalText(root, "neededData"),
            HomeMunicipalityForProtectionOrder: Boolean(root, "homeMunicipalityForProtectionOrder", defaultValue: false),
            TechnicalContact: Contact(Object(root, "technicalContact")),
            Deputy: deputy is null ? null : Contact(deputy),
            ProcessEmail: Text(root, "processEmail"),
            SecurityStatement: Text(root, "securityStatement"),
            Attachments: List(root, "attachments").Select(item => item as ObjectNode).Select(attachment => Attachment(attachment, folder)).ToList(),
            SaveDraft: Boolean(root, "saveDraft", defaultValue: true),
            SourcePath: sourcePath);
    }

    private static ContactPerson Contact(ObjectNode? node) => new(Text(node, "name"), Text(node, "email"), Text(node, "phone"));

    private static ProfileAttachment Attachment(ObjectNode? node, string folder)
    {
        var path = Text(node, "path");
        return new ProfileAttachment(path, Text(node, "description"), Resolve(folder, path));
    }

    // A path that cannot name a file (a NUL character, say) resolves to "", which the rules report.
    private static string Resolve(string folder, string path)
    {
        if (path.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(folder, path.Replace('\\', Path.DirectorySeparatorChar)));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return string.Empty;
        }
    }

    private static ObjectNode? Object(ObjectNode? parent, string key) => parent?.Get(key) as ObjectNode;

    private static IReadOnlyList<ProfileNode> List(ObjectNode? parent, string key) =>
        parent?.Get(key) is ArrayNode array ? array.Items : [];

    private static string Text(ObjectNode? parent, string key) => TextOf(parent?.Get(key));

    private static string? OptionalText(ObjectNode? parent, string key)
    {
        var text = Text(parent, key);
        return text.Length == 0 ? null : text;
    }

    private static string TextOf(ProfileNode? node) => node switch
    {
        ScalarNode { Kind: ScalarKind.Text } scalar => scalar.Text.Trim(),
        ScalarNode { Kind: ScalarKind.Number, IsUnquotedYaml: true } scalar => scalar.Text.Trim(),
        _ => string.Empty,
    };

    private static bool Boolean(ObjectNode parent, string key, bool defaultValue) =>
        parent.Get(key) is ScalarNode { Kind: ScalarKind.Boolean } scalar ? scalar.Text == "true" : defaultValue;
}
