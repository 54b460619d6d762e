using System.Text;

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

        ShapeChecker.Check(root, ProfileShape.Root, string.Empty, findings);
        var profile = ProfileMapper.Map(root, file.FullName);
        ProfileRules.Check(profile, rules, findings);
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
                "Profiilin polku ei kelpaa tiedoston nimeksi.",
                "The profile path cannot name a file.",
                "Anna --profile-valitsimelle JSON- tai YAML-tiedoston polku, esimerkiksi fixtures/profiles/ammattiopisto.json.",
                "Give --profile the path of a JSON or YAML file, for example fixtures/profiles/ammattiopisto.json.");
            return null;
        }

        if (!file.Exists)
        {
            var folder = Directory.Exists(file.FullName);
            var shown = Identifiers.HidePersonalIdentityCodes(file.FullName);
            WholeFileError(
                findings,
                folder ? $"Profiilin polku osoittaa kansioon, ei tiedostoon: {shown}" : $"Profiilitiedostoa ei löydy: {shown}",
                folder ? $"The profile path names a folder, not a file: {shown}" : $"The profile file does not exist: {shown}",
                "Tarkista polku. Mallit ovat kansiossa fixtures/profiles.",
                "Check the path. The examples are in fixtures/profiles.");
            return null;
        }

        if (file.Length > rules.MaxProfileBytes)
        {
            WholeFileError(
                findings,
                ProfileRules.Fi($"Tiedosto on liian suuri profiiliksi: {Sizes.Format(file.Length, "fi")}, kun profiili saa olla enintään {Sizes.Format(rules.MaxProfileBytes, "fi")}."),
                ProfileRules.En($"The file is too large for a profile: {Sizes.Format(file.Length, "en")}, while a profile may be at most {Sizes.Format(rules.MaxProfileBytes, "en")}."),
                "Tarkista, että --profile osoittaa profiilitiedostoon eikä esimerkiksi liitteeseen. Liitteet mainitaan profiilissa polkuina.",
                "Check that --profile names the profile rather than, say, an attachment. Attachments are named in the profile by their paths.");
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
                $"Profiilitiedostoa ei voi lukea: {Identifiers.HidePersonalIdentityCodes(file.FullName)}",
                $"The profile file cannot be read: {Identifiers.HidePersonalIdentityCodes(file.FullName)}",
                "Tarkista tiedoston lukuoikeudet ja ettei se ole lukittuna toisessa ohjelmassa.",
                "Check the file's read permissions and that no other program has it locked.");
            return null;
        }

        if (bytes.Length > rules.MaxProfileBytes)
        {
            WholeFileError(
                findings,
                "Tiedosto kasvoi lukemisen aikana liian suureksi profiiliksi.",
                "The file grew too large for a profile while it was read.",
                "Anna ohjelman lukea valmis, tallennettu profiili.",
                "Let the tool read a finished, saved profile.");
            return null;
        }

        ReadOnlyMemory<byte> content = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
        var text = Decode(content.Span);
        if (text is null)
        {
            WholeFileError(
                findings,
                "Tiedosto ei ole tekstiä: se näyttää binääritiedostolta, tai sen merkistö ei ole UTF-8.",
                "The file is not text: it looks like a binary file, or its encoding is not UTF-8.",
                "Valitse profiiliksi JSON- tai YAML-tiedosto ja tallenna se UTF-8-merkistössä.",
                "Choose a JSON or YAML file as the profile and save it as UTF-8.");
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
                    "Profiilin pitää olla objekti, jossa on avaimet kuten applicant ja purpose, mutta tiedostossa on jotain muuta.",
                    "A profile must be an object with keys such as applicant and purpose, but the file holds something else.",
                    StartFromExampleFi,
                    StartFromExampleEn);
                return null;
            default:
                return (ObjectNode)root;
        }
    }

    private const string StartFromExampleFi = "Aloita mallista: kopioi fixtures/profiles/ammattiopisto.json (suomeksi), yrkesinstitut.sv.json (ruotsiksi) tai vocational-college.en.json (englanniksi) ja muokkaa sitä.";
    private const string StartFromExampleEn = "Start from an example: copy fixtures/profiles/ammattiopisto.json (Finnish), yrkesinstitut.sv.json (Swedish) or vocational-college.en.json (English) and edit it.";

    private static ProfileNode? UnknownExtension(FindingCollector findings)
    {
        WholeFileError(
            findings,
            "Profiilitiedoston pääte ei ole .json, .yaml eikä .yml, joten sen muotoa ei tunneta.",
            "The profile file's extension is not .json, .yaml or .yml, so its format is unknown.",
            "Nimeä tiedosto sisällön mukaan: .json JSON-muotoiselle ja .yaml YAML-muotoiselle profiilille.",
            "Name the file after its content: .json for a JSON profile and .yaml for a YAML one.");
        return null;
    }

    private static void ReportEmpty(FindingCollector findings) =>
        WholeFileError(
            findings,
            "Profiilitiedosto on tyhjä.",
            "The profile file is empty.",
            StartFromExampleFi,
            StartFromExampleEn);

    private static void WholeFileError(FindingCollector findings, string messageFi, string messageEn, string fixFi, string fixEn) =>
        findings.Error(string.Empty, messageFi, messageEn, fixFi, fixEn);
}
