using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Attachments must exist, hold something, be of a kind the e-service takes, and really be that kind:
/// a renamed file is caught here rather than by DVV's upload.
/// </summary>
internal static class AttachmentRules
{
    private static readonly Dictionary<string, AttachmentKind> KindsByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = AttachmentKind.Pdf,
        [".docx"] = AttachmentKind.OfficeOpenXml,
        [".xlsx"] = AttachmentKind.OfficeOpenXml,
        [".png"] = AttachmentKind.Png,
        [".jpg"] = AttachmentKind.Jpeg,
        [".jpeg"] = AttachmentKind.Jpeg,
        [".gif"] = AttachmentKind.Gif,
        [".tif"] = AttachmentKind.Tiff,
        [".tiff"] = AttachmentKind.Tiff,
    };

    private enum AttachmentKind
    {
        Other,
        Pdf,
        OfficeOpenXml,
        Png,
        Jpeg,
        Gif,
        Tiff,
    }

    public static void Check(IReadOnlyList<ProfileAttachment> attachments, ProfileRulesOptions rules, FindingCollector findings)
    {
        for (var i = 0; i < attachments.Count; i++)
        {
            var path = ProfilePaths.Item("attachments", i);
            var attachment = attachments[i];
            ProfileRules.Required(attachment.Description, path + ".description", findings);

            if (ProfileRules.Required(attachment.Path, path + ".path", findings))
            {
                CheckFile(attachment, path + ".path", rules, findings);
            }
        }
    }

    private static void CheckFile(ProfileAttachment attachment, string path, ProfileRulesOptions rules, FindingCollector findings)
    {
        if (attachment.FullPath.Length == 0)
        {
            findings.Error(
                path,
                new(nameof(Texts.ProfileAttachmentPathInvalid)),
                new(nameof(Texts.ProfileAttachmentPathInvalidFix)));
            return;
        }

        var shown = Identifiers.HidePersonalIdentityCodes(attachment.FullPath);
        var file = new FileInfo(attachment.FullPath);
        if (!file.Exists)
        {
            var folder = Directory.Exists(attachment.FullPath);
            findings.Error(
                path,
                new(folder ? nameof(Texts.ProfileAttachmentIsFolder) : nameof(Texts.ProfileAttachmentMissing), shown),
                new(nameof(Texts.ProfileAttachmentMissingFix)));
            return;
        }

        if (!KindsByExtension.TryGetValue(file.Extension, out var kind))
        {
            findings.Error(
                path,
                new(nameof(Texts.ProfileAttachmentType), shown),
                new(nameof(Texts.ProfileAttachmentTypeFix)));
            return;
        }

        if (file.Length == 0)
        {
            findings.Error(
                path,
                new(nameof(Texts.ProfileAttachmentEmpty), shown),
                new(nameof(Texts.ProfileAttachmentEmptyFix)));
            return;
        }

        if (file.Length > rules.MaxAttachmentBytes)
        {
            findings.Error(
                path,
                new(nameof(Texts.ProfileAttachmentTooLarge), Sizes.Of(file.Length), rules.MaxAttachmentMegabytes),
                new(nameof(Texts.ProfileAttachmentTooLargeFix)));
            return;
        }

        var actual = Sniff(file);
        if (actual is null)
        {
            findings.Error(
                path,
                new(nameof(Texts.ProfileAttachmentUnreadable), shown),
                new(nameof(Texts.ProfileAttachmentUnreadableFix)));
        }
        else if (actual != kind)
        {
            findings.Error(
                path,
                new(nameof(Texts.ProfileAttachmentContentMismatch), file.Extension, shown),
                new(nameof(Texts.ProfileAttachmentContentMismatchFix)));
        }
    }

    /// <summary>The kind the file's first bytes show, <see cref="AttachmentKind.Other"/> for none we know, null when it cannot be read.</summary>
    private static AttachmentKind? Sniff(FileInfo file)
    {
        var head = new byte[8];
        int read;
        try
        {
            using var stream = file.OpenRead();
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("%PDF-"u8))
        {
            return AttachmentKind.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return AttachmentKind.OfficeOpenXml;
        }

        if (bytes.Length >= 4 && bytes[0] == 0x89 && bytes[1..4].SequenceEqual("PNG"u8))
        {
            return AttachmentKind.Png;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return AttachmentKind.Jpeg;
        }

        if (bytes.StartsWith("GIF8"u8))
        {
            return AttachmentKind.Gif;
        }

        return bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) ? AttachmentKind.Tiff : AttachmentKind.Other;
    }
}
