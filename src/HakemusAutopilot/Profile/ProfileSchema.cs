using System.Text.Json;
using System.Text.Json.Nodes;
using HakemusAutopilot.Operator;
using Json.Schema;

namespace HakemusAutopilot.Profile;

/// <summary>
/// The published schema (schemas/profile.schema.json, built in) is the one statement of a profile's keys, types,
/// required parts and length limits: a profile is evaluated against it and each error becomes a finding in the
/// operator's words. What a schema cannot say (a repeated key, a check digit, a general law) stays with the rules;
/// so do the values the rules explain better than a schema keyword could (enum, const, pattern, format).
/// </summary>
internal sealed class ProfileSchema
{
    public const string SchemaKey = "$schema";

    private const int MaxEchoedKeyLength = 60;

    private static readonly Lazy<ProfileSchema> BuiltIn = new(() => FromText(ReadBuiltIn()));

    private readonly JsonSchema schema;
    private readonly JsonNode document;

    static ProfileSchema()
    {
        // The library's templates with nothing but the detail this class needs, so no English sentence is parsed.
        ErrorMessages.Required = "[[missing]]";
        ErrorMessages.Type = "[[expected]]";
    }

    private ProfileSchema(JsonSchema schema, JsonNode document)
    {
        this.schema = schema;
        this.document = document;
    }

    public static ProfileSchema Default => BuiltIn.Value;

    public static ProfileSchema FromText(string text) =>
        new(JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }), JsonNode.Parse(text)!);

    /// <summary>
    /// Reports what is wrong with the profile's shape. A missing part that holds text or a list is returned instead,
    /// for after the rules, which explain the parts they know in words that fit the field.
    /// </summary>
    public IReadOnlyList<ProfileFinding> Check(ObjectNode root, FindingCollector findings)
    {
        var afterRules = new List<ProfileFinding>();
        ReportDuplicateKeys(root, string.Empty, findings);
        var results = schema.Evaluate(ToElement(root), new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = Failed(results)
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => (At: Segments(detail.InstanceLocation.ToString()), Schema: Segments(detail.EvaluationPath.ToString()), Keyword: error.Key, Detail: error.Value)))
            .ToList();

        // An unknown key first: a misspelt key explains why its intended twin is missing.
        foreach (var error in errors.Where(e => e.Keyword.Length == 0 && e.Schema.LastOrDefault() == "additionalProperties"))
        {
            ReportUnknownKey(root, error.At, error.Schema, findings);
        }

        foreach (var (at, schemaPath, keyword, detail) in errors.Where(e => e.Keyword.Length > 0))
        {
            var path = PathOf(at);
            switch (keyword)
            {
                case "type":
                    findings.Error(
                        path,
                        new(nameof(Texts.ProfileWrongType), ProfileFieldNames.Of(path), TypeName(detail.Trim('"')), TypeName(KindOf(root, at))),
                        new(TypeFix(detail.Trim('"'))));
                    break;
                case "required":
                    foreach (var name in JsonSerializer.Deserialize<string[]>(detail) ?? [])
                    {
                        var missing = ProfilePaths.Property(path, name);
                        var finding = new ProfileFinding(
                            FindingSeverity.Error,
                            missing,
                            new(nameof(Texts.ProfileRequiredPartMissing), ProfileFieldNames.Of(missing)),
                            path.Length == 0 ? new(nameof(Texts.ProfileRequiredPartMissingFix), name) : new(nameof(Texts.ProfileRequiredPartMissingUnderFix), name, path));
                        if (SchemaAt([.. schemaPath, "properties", name])?["type"] is JsonValue type && type.TryGetValue<string>(out var kind) && kind == "object")
                        {
                            findings.Error(finding.Path, finding.Message, finding.Fix);
                        }
                        else
                        {
                            afterRules.Add(finding);
                        }
                    }

                    break;
                case "minLength" or "minItems" when Size(root, at) == 0:
                    findings.Error(path, new(nameof(Texts.ProfileRequiredMissing), ProfileFieldNames.Of(path)), new(nameof(Texts.ProfileRequiredMissingFix), path));
                    break;
                case "maxLength":
                    var max = Limit(schemaPath, keyword);
                    var length = Size(root, at);
                    findings.Error(path, new(nameof(Texts.ProfileTextTooLong), ProfileFieldNames.Of(path), length, max), new(nameof(Texts.ProfileTextTooLongFix), length - max));
                    break;
                case "maxItems":
                    findings.Error(path, new(nameof(Texts.ProfileTooManyItems), ProfileFieldNames.Of(path), Size(root, at), Limit(schemaPath, keyword)), new(nameof(Texts.ProfileTooManyItemsFix)));
                    break;
                case not ("minLength" or "minItems" or "$ref"):
                    // The rules explain the keywords they know (enum, const, pattern) in words that fit the field; a keyword
                    // only the schema knows is still enforced, after them, where they said nothing.
                    afterRules.Add(new ProfileFinding(FindingSeverity.Error, path, new(nameof(Texts.ProfileSchemaKeyword), ProfileFieldNames.Of(path), keyword), new(nameof(Texts.ProfileSchemaKeywordFix), keyword)));
                    break;
            }
        }

        return afterRules;
    }

    /// <summary>The results that failed, each under a parent that failed: a branch that did not hold in a passing <c>anyOf</c> is no finding.</summary>
    private static IEnumerable<EvaluationResults> Failed(EvaluationResults results) =>
        results.IsValid ? [] : [results, .. (results.Details ?? []).SelectMany(Failed)];

    /// <summary>The profile as the JSON the schema reads: a null is a part left out, and an unquoted YAML number is the text it was meant as.</summary>
    public static JsonElement ToElement(ProfileNode node) => JsonSerializer.SerializeToElement(ToJson(node));

    private static JsonNode? ToJson(ProfileNode node) => node switch
    {
        ObjectNode o => new JsonObject(o.Members
            .Where(member => member.Value is not ScalarNode { Kind: ScalarKind.Null })
            .DistinctBy(member => member.Key, StringComparer.Ordinal)
            .Select(member => KeyValuePair.Create(member.Key, ToJson(member.Value)))),
        ArrayNode a => new JsonArray([.. a.Items.Select(ToJson)]),
        ScalarNode { Kind: ScalarKind.Number, IsUnquotedYaml: false } number => JsonNode.Parse(number.Text),
        ScalarNode { Kind: ScalarKind.Boolean } boolean => JsonValue.Create(boolean.Text == "true"),
        ScalarNode { Kind: ScalarKind.Null } => null,
        ScalarNode scalar => JsonValue.Create(scalar.Text),
        _ => null,
    };

    private static string ReadBuiltIn()
    {
        using var stream = typeof(ProfileSchema).Assembly.GetManifestResourceStream("HakemusAutopilot.Profile.profile.schema.json")
            ?? throw new InvalidOperationException("The profile schema is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void ReportDuplicateKeys(ProfileNode node, string path, FindingCollector findings)
    {
        switch (node)
        {
            case ObjectNode o:
                foreach (var duplicate in o.Members.GroupBy(member => member.Key, StringComparer.Ordinal).Where(group => group.Count() > 1))
                {
                    var key = Echo(duplicate.Key);
                    findings.Error(ProfilePaths.Property(path, duplicate.Key), new(nameof(Texts.ProfileDuplicateKey), key, duplicate.Count()), new(nameof(Texts.ProfileDuplicateKeyFix), key));
                }

                foreach (var member in o.Members)
                {
                    ReportDuplicateKeys(member.Value, ProfilePaths.Property(path, member.Key), findings);
                }

                break;
            case ArrayNode a:
                for (var i = 0; i < a.Items.Count; i++)
                {
                    ReportDuplicateKeys(a.Items[i], ProfilePaths.Item(path, i), findings);
                }

                break;
        }
    }

    private void ReportUnknownKey(ObjectNode root, string[] at, string[] schemaPath, FindingCollector findings)
    {
        var key = at[^1];
        var parent = PathOf(at[..^1]);
        var known = (SchemaAt(schemaPath[..^1])?["properties"]?.AsObject().Select(p => p.Key) ?? []).ToList();
        var comparable = (key.Length > 200 ? key[..200] : key).ToLowerInvariant();
        var closest = known.Where(name => name != SchemaKey).MinBy(name => EditDistance.Between(comparable, name.ToLowerInvariant()));
        findings.Error(
            ProfilePaths.Property(parent, key),
            new(nameof(Texts.ProfileUnknownKey), Echo(key), closest),
            new(nameof(Texts.ProfileUnknownKeyFix), closest, string.Join(", ", known)));
        if (closest is not null && Find(root, [.. at[..^1], closest]) is null)
        {
            findings.Cover(ProfilePaths.Property(parent, closest));
        }
    }

    /// <summary>
    /// The schema object an evaluation path ends at, following local <c>$ref</c>s as evaluation did. A segment the
    /// schema has no member for (the library names an array's item after its keyword) leaves the place unchanged.
    /// </summary>
    private JsonNode? SchemaAt(IEnumerable<string> evaluationPath)
    {
        var node = document;
        foreach (var segment in evaluationPath)
        {
            if (node is JsonObject o && o[segment] is { } next)
            {
                node = segment == "$ref" ? Resolve(next) : next;
            }
        }

        return node is JsonObject { } withRef && withRef["$ref"] is { } reference ? Resolve(reference) : node;
    }

    private JsonNode? Resolve(JsonNode reference) =>
        reference.GetValue<string>() is { } pointer && pointer.StartsWith("#/", StringComparison.Ordinal)
            ? pointer[2..].Split('/').Aggregate<string, JsonNode?>(document, (current, part) => current?[part])
            : null;

    private int Limit(string[] evaluationPath, string keyword) => SchemaAt(evaluationPath)?[keyword]?.GetValue<int>() ?? 0;

    private static ProfileNode? Find(ObjectNode root, IEnumerable<string> at)
    {
        ProfileNode? node = root;
        foreach (var segment in at)
        {
            node = node switch
            {
                ObjectNode o => o.Get(segment),
                ArrayNode a when int.TryParse(segment, out var i) && i < a.Items.Count => a.Items[i],
                _ => null,
            };
        }

        return node;
    }

    private static int Size(ObjectNode root, string[] at) => Find(root, at) switch
    {
        ArrayNode a => a.Items.Count,
        ScalarNode s => s.Text.Length,
        _ => 0,
    };

    private static string KindOf(ObjectNode root, string[] at) => Find(root, at) switch
    {
        ObjectNode => "object",
        ArrayNode => "array",
        ScalarNode { Kind: ScalarKind.Number } => "number",
        ScalarNode { Kind: ScalarKind.Boolean } => "boolean",
        ScalarNode { Kind: ScalarKind.Null } => "null",
        _ => "string",
    };

    private static OperatorText TypeName(string type) => new(type switch
    {
        "object" => nameof(Texts.TypeObject),
        "array" => nameof(Texts.TypeList),
        "boolean" => nameof(Texts.TypeBoolean),
        "number" or "integer" => nameof(Texts.TypeNumber),
        "null" => nameof(Texts.TypeNull),
        _ => nameof(Texts.TypeText),
    });

    private static string TypeFix(string type) => type switch
    {
        "object" => nameof(Texts.ProfileWrongTypeObjectFix),
        "array" => nameof(Texts.ProfileWrongTypeListFix),
        "boolean" => nameof(Texts.ProfileWrongTypeBooleanFix),
        _ => nameof(Texts.ProfileWrongTypeTextFix),
    };

    /// <summary>A JSON pointer as a finding's path: <c>/purpose/legalBasis/0/statute</c> is <c>purpose.legalBasis[0].statute</c>.</summary>
    private static string PathOf(IEnumerable<string> at) =>
        at.Aggregate(string.Empty, (path, segment) => int.TryParse(segment, out var i) ? ProfilePaths.Item(path, i) : ProfilePaths.Property(path, segment));

    private static string[] Segments(string pointer) =>
        [.. pointer.Split('/').Skip(1).Select(segment => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    private static string Echo(string key)
    {
        var safe = new string(Identifiers.HidePersonalIdentityCodes(key).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return safe.Length > MaxEchoedKeyLength ? safe[..MaxEchoedKeyLength] + "…" : safe;
    }
}
