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
        if (attachments.Count > rules.MaxAttachments)
        {
            findings.Error(
                "attachments",
                ProfileRules.Fi($"Liitteitä on {attachments.Count}, mutta palveluun voi lisätä enintään {rules.MaxAttachments}."),
                ProfileRules.En($"There are {attachments.Count} attachments, but the e-service takes at most {rules.MaxAttachments}."),
                "Yhdistä liitteitä yhdeksi PDF-tiedostoksi tai jätä tarpeettomat pois.",
                "Combine attachments into one PDF or leave out those not needed.");
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            var path = ProfilePaths.Item("attachments", i);
            var attachment = attachments[i];
            if (ProfileRules.Required(attachment.Description, path + ".description", findings))
            {
                ProfileRules.MaxLength(attachment.Description, rules.MaxAttachmentDescriptionCharacters, path + ".description", findings);
            }

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
                "Liitteen polku ei kelpaa tiedoston nimeksi.",
                "The attachment's path cannot name a file.",
                "Kirjoita polku profiilitiedoston kansiosta lähtien, esimerkiksi ../attachments/sopimus.pdf.",
                "Write the path from the profile file's folder, for example ../attachments/sopimus.pdf.");
            return;
        }

        var shown = Identifiers.HidePersonalIdentityCodes(attachment.FullPath);
        var file = new FileInfo(attachment.FullPath);
        if (!file.Exists)
        {
            var folder = Directory.Exists(attachment.FullPath);
            findings.Error(
                path,
                folder ? $"Liitteen polku osoittaa kansioon, ei tiedostoon: {shown}" : $"Liitettä ei löydy: {shown}",
                folder ? $"The attachment's path names a folder, not a file: {shown}" : $"The attachment does not exist: {shown}",
                "Tarkista polku. Suhteellinen polku luetaan profiilitiedoston kansiosta, ei siitä kansiosta, jossa komento ajetaan.",
                "Check the path. A relative path is read from the profile file's folder, not from the folder the command runs in.");
            return;
        }

        if (!KindsByExtension.TryGetValue(file.Extension, out var kind))
        {
            findings.Error(
                path,
                $"Liitteen tiedostotyyppi ei kelpaa: {shown}",
                $"The attachment's file type is not accepted: {shown}",
                "Palvelu ottaa vastaan PDF-, DOCX- ja XLSX-tiedostoja sekä kuvia (PNG, JPEG, GIF, TIFF). Tallenna liite PDF-muodossa.",
                "The e-service takes PDF, DOCX and XLSX files and images (PNG, JPEG, GIF, TIFF). Save the attachment as a PDF.");
            return;
        }

        if (file.Length == 0)
        {
            findings.Error(
                path,
                $"Liitetiedosto on tyhjä: {shown}",
                $"The attachment file is empty: {shown}",
                "Tallenna liite uudelleen ja tarkista, että se aukeaa.",
                "Save the attachment again and check that it opens.");
            return;
        }

        if (file.Length > rules.MaxAttachmentBytes)
        {
            findings.Error(
                path,
                ProfileRules.Fi($"Liite on liian suuri: {Sizes.Format(file.Length, "fi")}, kun palvelu ottaa vastaan enintään {rules.MaxAttachmentMegabytes} Mt."),
                ProfileRules.En($"The attachment is too large: {Sizes.Format(file.Length, "en")}, while the e-service takes at most {rules.MaxAttachmentMegabytes} MB."),
                "Pienennä tiedostoa, esimerkiksi tallentamalla PDF pienemmällä kuvien tarkkuudella, tai jaa se osiin.",
                "Make the file smaller, for example by saving the PDF with lower image resolution, or split it.");
            return;
        }

        var actual = Sniff(file);
        if (actual is null)
        {
            findings.Error(
                path,
                $"Liitettä ei voi lukea: {shown}",
                $"The attachment cannot be read: {shown}",
                "Tarkista tiedoston lukuoikeudet ja ettei se ole auki toisessa ohjelmassa.",
                "Check the file's read permissions and that no other program holds it open.");
        }
        else if (actual != kind)
        {
            findings.Error(
                path,
                $"Liitteen sisältö ei vastaa tiedostopäätettä {file.Extension}: {shown}",
                $"The attachment's content does not match its extension {file.Extension}: {shown}",
                "Tallenna tiedosto uudelleen oikeassa muodossa (esimerkiksi \"Tallenna PDF-muodossa\") äläkä vain nimeä sitä uudelleen.",
                "Save the file again in the right format (for example \"Save as PDF\") rather than renaming it.");
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
