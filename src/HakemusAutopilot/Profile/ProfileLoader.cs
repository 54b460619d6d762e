using System.Text;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Reads a profile file (.json, .yaml or .yml) and checks it. Bad input of any kind, from a missing
/// file to binary garbage, comes back as findings; nothing here throws for what the operator wrote.
/// </summary>
internal sealed class ProfileLoader(ProfileRulesOptions rules)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ProfileLoadResult Load(string path)
    {
        var findings = new FindingCollector();
        var profile = Read(path, findings);
        return new ProfileLoadResult(findings.HasErrors ? null : profile, findings.Findings);
    }

    private InstitutionProfile? Read(string path, FindingCollector findings)
    {
        var file = Open(path, findings);
        if (file is null)
        {
            return null;
        }

        var bytes = ReadBytes(file, findings);
        if (bytes is null)
        {
            return null;
        }

        var root = Parse(file, bytes.Value, findings);
        if (root is null)
        {
            return null;
        }

        var missing = ProfileSchema.Default.Check(root, findings);
        var profile = ProfileMapper.Map(root, file.FullName);
        ProfileRules.Check(profile, rules, findings);
        foreach (var finding in missing.Where(finding => !findings.Has(finding.Path)))
        {
            findings.Error(finding.Path, finding.Message, finding.Fix);
        }

        PersonalDataScan.Scan(root, string.Empty, findings);
        return profile;
    }

    private FileInfo? Open(string path, FindingCollector findings)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or UnauthorizedAccessException)
        {
            WholeFileError(
                findings,
                new(nameof(Texts.ProfilePathInvalid)),
                new(nameof(Texts.ProfilePathInvalidFix)));
            return null;
        }

        if (!file.Exists)
        {
            var folder = Directory.Exists(file.FullName);
            var shown = Identifiers.HidePersonalIdentityCodes(file.FullName);
            WholeFileError(
                findings,
                new(folder ? nameof(Texts.ProfileIsFolder) : nameof(Texts.ProfileMissing), shown),
                new(nameof(Texts.ProfileMissingFix)));
            return null;
        }

        if (file.Length > rules.MaxProfileBytes)
        {
            WholeFileError(
                findings,
                new(nameof(Texts.ProfileTooLarge), Sizes.Of(file.Length), Sizes.Of(rules.MaxProfileBytes)),
                new(nameof(Texts.ProfileTooLargeFix)));
            return null;
        }

        return file;
    }

    private ReadOnlyMemory<byte>? ReadBytes(FileInfo file, FindingCollector findings)
    {
        byte[] bytes;
        try
        {
            using var stream = file.OpenRead();

            // The file may have grown since it was measured; read one byte past the limit to notice.
            var buffer = new byte[(int)Math.Min(file.Length, rules.MaxProfileBytes) + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            bytes = buffer[..read];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            WholeFileError(
                findings,
                new(nameof(Texts.ProfileUnreadable), Identifiers.HidePersonalIdentityCodes(file.FullName)),
                new(nameof(Texts.ProfileUnreadableFix)));
            return null;
        }

        if (bytes.Length > rules.MaxProfileBytes)
        {
            WholeFileError(
                findings,
                new(nameof(Texts.ProfileGrew)),
                new(nameof(Texts.ProfileGrewFix)));
            return null;
        }

        ReadOnlyMemory<byte> content = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
        var text = Decode(content.Span);
        if (text is null)
        {
            WholeFileError(
                findings,
                new(nameof(Texts.ProfileNotText)),
                new(nameof(Texts.ProfileNotTextFix)));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            ReportEmpty(findings);
            return null;
        }

        return content;
    }

    // NUL never occurs in a text profile, and a strict decoder refuses other binary bytes.
    private static string? Decode(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static ObjectNode? Parse(FileInfo file, ReadOnlyMemory<byte> content, FindingCollector findings)
    {
        var root = file.Extension.ToLowerInvariant() switch
        {
            ".json" => ProfileDocumentReader.ReadJson(content, findings),
            ".yaml" or ".yml" => ProfileDocumentReader.ReadYaml(Encoding.UTF8.GetString(content.Span), findings),
            _ => UnknownExtension(findings),
        };
        switch (root)
        {
            case null:
                return null;
            case ScalarNode { Kind: ScalarKind.Null }:
                ReportEmpty(findings);
                return null;
            case not ObjectNode:
                WholeFileError(
                    findings,
                    new(nameof(Texts.ProfileNotObject)),
                    new(nameof(Texts.ProfileStartFromExample)));
                return null;
            default:
                return (ObjectNode)root;
        }
    }

    private static ProfileNode? UnknownExtension(FindingCollector findings)
    {
        WholeFileError(
            findings,
            new(nameof(Texts.ProfileExtension)),
            new(nameof(Texts.ProfileExtensionFix)));
        return null;
    }

    private static void ReportEmpty(FindingCollector findings) =>
        WholeFileError(
            findings,
            new(nameof(Texts.ProfileEmpty)),
            new(nameof(Texts.ProfileStartFromExample)));

    private static void WholeFileError(FindingCollector findings, OperatorText message, OperatorText fix) =>
        findings.Error(string.Empty, message, fix);
}
