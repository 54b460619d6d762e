using HakemusAutopilot.Service.Resolving;

namespace HakemusAutopilot.Profile;

/// <summary>Checks a parsed profile against <see cref="ProfileShape"/>: unknown and duplicate keys, wrong types, missing required parts.</summary>
internal static class ShapeChecker
{
    private const int MaxEchoedKeyLength = 60;

    public static void Check(ProfileNode node, Shape shape, string path, FindingCollector findings)
    {
        switch (shape)
        {
            case ObjectShape objectShape when node is ObjectNode objectNode:
                CheckObject(objectNode, objectShape, path, findings);
                break;
            case ListShape list when node is ArrayNode array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Check(array.Items[i], list.Item, ProfilePaths.Item(path, i), findings);
                }

                break;
            case TextShape when node is ScalarNode { Kind: ScalarKind.Text } or ScalarNode { Kind: ScalarKind.Number, IsUnquotedYaml: true }:
            case BooleanShape when node is ScalarNode { Kind: ScalarKind.Boolean }:
                break;
            default:
                ReportWrongType(node, shape, path, findings);
                break;
        }
    }

    public static bool IsNull(ProfileNode? node) => node is null or ScalarNode { Kind: ScalarKind.Null };

    private static void CheckObject(ObjectNode node, ObjectShape shape, string path, FindingCollector findings)
    {
        foreach (var duplicate in node.Members.GroupBy(member => member.Key, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var key = Echo(duplicate.Key);
            findings.Error(
                ProfilePaths.Property(path, duplicate.Key),
                ProfileRules.Fi($"Avain '{key}' on tässä kohdassa {duplicate.Count()} kertaa. Vain yksi arvo voi olla voimassa, joten muut jäisivät huomiotta."),
                ProfileRules.En($"The key '{key}' appears {duplicate.Count()} times here. Only one value can count, so the others would be ignored."),
                $"Jätä avaimesta '{key}' vain yksi, oikea arvo.",
                $"Keep one key '{key}' with the right value.");
        }

        var knownNames = shape.Properties.Select(property => property.Name).ToList();
        foreach (var member in node.Members.DistinctBy(member => member.Key, StringComparer.Ordinal))
        {
            var memberPath = ProfilePaths.Property(path, member.Key);
            var property = shape.Find(member.Key);
            if (property is null)
            {
                ReportUnknownKey(node, member.Key, knownNames, path, findings);
                continue;
            }

            if (!IsNull(member.Value))
            {
                Check(member.Value, property.Shape, memberPath, findings);
            }
        }

        // Only whole parts are reported here; the rules report a missing text or list together
        // with an empty one, in words that fit the field.
        foreach (var property in shape.Properties.Where(property => property is { Required: true, Shape: ObjectShape } && IsNull(node.Get(property.Name))))
        {
            var propertyPath = ProfilePaths.Property(path, property.Name);
            var (fi, en) = ProfileFieldNames.Of(propertyPath);
            var (whereFi, whereEn) = path.Length == 0 ? ("profiiliin", string.Empty) : ($"kohtaan '{path}'", $" under '{path}'");
            findings.Error(
                propertyPath,
                $"Pakollinen tieto puuttuu: {fi}.",
                $"A required part is missing: {en}.",
                $"Lisää {whereFi} avain '{property.Name}' arvoineen (mallia löytyy kansiosta fixtures/profiles).",
                $"Add the key '{property.Name}' with its value{whereEn} (see the examples in fixtures/profiles).");
        }
    }

    private static void ReportUnknownKey(ObjectNode node, string key, IReadOnlyList<string> knownNames, string path, FindingCollector findings)
    {
        var comparable = (key.Length > 200 ? key[..200] : key).ToLowerInvariant();
        var closest = knownNames
            .Where(name => name != ProfileShape.SchemaKey)
            .MinBy(name => TextMatch.EditDistance(comparable, name.ToLowerInvariant()));
        var echoed = Echo(key);
        var allowed = string.Join(", ", knownNames);
        findings.Error(
            ProfilePaths.Property(path, key),
            $"Tuntematon avain '{echoed}'. Tarkoititko '{closest}'? Tuntemattoman avaimen arvo jäisi käyttämättä.",
            $"Unknown key '{echoed}'. Did you mean '{closest}'? The value of an unknown key would be left unused.",
            $"Korjaa avaimen nimeksi '{closest}' tai poista avain. Tässä kohdassa sallitut avaimet: {allowed}.",
            $"Rename the key to '{closest}' or remove it. Keys allowed here: {allowed}.");

        // The misspelt key already explains why its intended twin is missing.
        if (closest is not null && IsNull(node.Get(closest)))
        {
            findings.Cover(ProfilePaths.Property(path, closest));
        }
    }

    private static void ReportWrongType(ProfileNode node, Shape expected, string path, FindingCollector findings)
    {
        var (expectedFi, expectedEn, fixFi, fixEn) = expected switch
        {
            ObjectShape => (
                "objekti { ... }",
                "an object { ... }",
                "Kirjoita kohdan avaimet aaltosulkeisiin { } (YAMLissa sisennettyinä omille riveilleen); katso malli kansiosta fixtures/profiles.",
                "Write the part's keys inside braces { } (in YAML, indented on lines of their own); see the examples in fixtures/profiles."),
            ListShape => (
                "luettelo [ ... ]",
                "a list [ ... ]",
                "Kirjoita arvot hakasulkeisiin, esimerkiksi [\"ensimmäinen\", \"toinen\"], tai YAMLissa omille riveilleen viivan perään.",
                "Write the values inside brackets, for example [\"first\", \"second\"], or in YAML on lines of their own after a dash."),
            BooleanShape => (
                "totuusarvo true tai false",
                "true or false",
                "Kirjoita true tai false ilman lainausmerkkejä.",
                "Write true or false without quotation marks."),
            _ => (
                "teksti",
                "text",
                "Kirjoita arvo tekstinä lainausmerkkeihin, esimerkiksi \"...\".",
                "Write the value as text in quotation marks, for example \"...\"."),
        };
        var (actualFi, actualEn) = node switch
        {
            ObjectNode => ("objekti", "an object"),
            ArrayNode => ("luettelo", "a list"),
            ScalarNode { Kind: ScalarKind.Number } => ("luku", "a number"),
            ScalarNode { Kind: ScalarKind.Boolean } => ("totuusarvo", "true or false"),
            ScalarNode { Kind: ScalarKind.Null } => ("tyhjä (null)", "null"),
            _ => ("teksti", "text"),
        };
        var (fieldFi, fieldEn) = ProfileFieldNames.Of(path);
        findings.Error(
            path,
            $"Arvon tyyppi on väärä ({fieldFi}): pitää olla {expectedFi}, mutta arvo on {actualFi}.",
            $"The value has the wrong type ({fieldEn}): it must be {expectedEn}, but it is {actualEn}.",
            fixFi,
            fixEn);
    }

    private static string Echo(string key)
    {
        var safe = new string(Identifiers.HidePersonalIdentityCodes(key).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return safe.Length > MaxEchoedKeyLength ? safe[..MaxEchoedKeyLength] + "…" : safe;
    }
}
