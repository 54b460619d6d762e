using HakemusAutopilot.Operator;
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
                new(nameof(Texts.ProfileDuplicateKey), key, duplicate.Count()),
                new(nameof(Texts.ProfileDuplicateKeyFix), key));
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
            findings.Error(
                propertyPath,
                new(nameof(Texts.ProfileRequiredPartMissing), ProfileFieldNames.Of(propertyPath)),
                path.Length == 0
                    ? new(nameof(Texts.ProfileRequiredPartMissingFix), property.Name)
                    : new(nameof(Texts.ProfileRequiredPartMissingUnderFix), property.Name, path));
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
            new(nameof(Texts.ProfileUnknownKey), echoed, closest),
            new(nameof(Texts.ProfileUnknownKeyFix), closest, allowed));

        // The misspelt key already explains why its intended twin is missing.
        if (closest is not null && IsNull(node.Get(closest)))
        {
            findings.Cover(ProfilePaths.Property(path, closest));
        }
    }

    private static void ReportWrongType(ProfileNode node, Shape expected, string path, FindingCollector findings)
    {
        var (shape, fix) = expected switch
        {
            ObjectShape => (nameof(Texts.TypeObject), nameof(Texts.ProfileWrongTypeObjectFix)),
            ListShape => (nameof(Texts.TypeList), nameof(Texts.ProfileWrongTypeListFix)),
            BooleanShape => (nameof(Texts.TypeBoolean), nameof(Texts.ProfileWrongTypeBooleanFix)),
            _ => (nameof(Texts.TypeText), nameof(Texts.ProfileWrongTypeTextFix)),
        };
        var actual = node switch
        {
            ObjectNode => nameof(Texts.TypeObject),
            ArrayNode => nameof(Texts.TypeList),
            ScalarNode { Kind: ScalarKind.Number } => nameof(Texts.TypeNumber),
            ScalarNode { Kind: ScalarKind.Boolean } => nameof(Texts.TypeBoolean),
            ScalarNode { Kind: ScalarKind.Null } => nameof(Texts.TypeNull),
            _ => nameof(Texts.TypeText),
        };
        findings.Error(
            path,
            new(nameof(Texts.ProfileWrongType), ProfileFieldNames.Of(path), new OperatorText(shape), new OperatorText(actual)),
            new(fix));
    }

    private static string Echo(string key)
    {
        var safe = new string(Identifiers.HidePersonalIdentityCodes(key).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return safe.Length > MaxEchoedKeyLength ? safe[..MaxEchoedKeyLength] + "…" : safe;
    }
}
