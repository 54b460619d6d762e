using System.Text;
using System.Text.Json.Nodes;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Profile;

/// <summary>The published schema, the loader and the examples must agree on every key, so editors and the tool never disagree.</summary>
internal sealed class ProfileSchemaTests
{
    private static readonly Lazy<JsonObject> Schema = new(() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.File("schemas", "profile.schema.json")))!.AsObject());

    [Test]
    public void The_schema_is_draft_2020_12_and_closed_to_unknown_keys_everywhere()
    {
        var objects = SchemaObjects(Schema.Value, string.Empty).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Schema.Value["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
            Assert.That(objects, Is.Not.Empty);
            foreach (var (path, node) in objects)
            {
                Assert.That(node["additionalProperties"]?.GetValue<bool>(), Is.False, path);
            }
        });
    }

    [Test]
    public void Every_key_in_the_schema_has_a_name_for_findings_in_each_language()
    {
        var keys = SchemaObjects(Schema.Value, string.Empty).SelectMany(o => o.Node["properties"]!.AsObject().Select(p => Join(o.Path, p.Key)));

        Assert.That(keys.Where(key => ProfileFieldNames.Of(key).Key == nameof(Texts.Verbatim)), Is.Empty);
    }

    [Test]
    public void A_key_added_to_the_schema_is_accepted_with_no_change_to_the_code()
    {
        var extended = Schema.Value.DeepClone().AsObject();
        extended["properties"]!.AsObject()["studentCount"] = new JsonObject { ["type"] = "string", ["maxLength"] = 10 };
        var root = (ObjectNode)ProfileDocumentReader.ReadJson(File.ReadAllBytes(ExampleProfiles.PathOf(ExampleProfiles.Vocational)), new FindingCollector())!;
        var profile = root with { Members = [.. root.Members, KeyValuePair.Create<string, ProfileNode>("studentCount", new ScalarNode(ScalarKind.Text, "1200"))] };
        var (withKey, without) = (new FindingCollector(), new FindingCollector());

        ProfileSchema.FromText(extended.ToJsonString()).Check(profile, withKey);
        ProfileSchema.Default.Check(profile, without);

        Assert.That(withKey.Findings, Is.Empty);
        Assert.That(without.Findings.Select(f => f.Path), Is.EqualTo(new[] { "studentCount" }), "the built-in schema does not know the key");
    }

    [Test]
    public void A_condition_only_the_schema_states_is_enforced_and_a_branch_that_did_not_apply_is_no_finding()
    {
        var extended = Schema.Value.DeepClone().AsObject();
        extended["properties"]!.AsObject()["studentCount"] = new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+$" }, new JsonObject { ["type"] = "boolean" }),
        };
        extended["properties"]!.AsObject()["campus"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]" };
        var root = (ObjectNode)ProfileDocumentReader.ReadJson(File.ReadAllBytes(ExampleProfiles.PathOf(ExampleProfiles.Vocational)), new FindingCollector())!;
        var profile = root with
        {
            Members =
            [
                .. root.Members,
                KeyValuePair.Create<string, ProfileNode>("studentCount", new ScalarNode(ScalarKind.Text, "1200")),
                KeyValuePair.Create<string, ProfileNode>("campus", new ScalarNode(ScalarKind.Text, "pohjoinen")),
            ],
        };
        var findings = new FindingCollector();

        var afterRules = ProfileSchema.FromText(extended.ToJsonString()).Check(profile, findings);

        Assert.That(findings.Findings, Is.Empty, "the anyOf held through its first branch");
        Assert.That(afterRules.Select(f => (f.Path, f.Message.In("en"))), Is.EqualTo(new[] { ("campus", "The value does not meet the profile schema's condition ('campus': pattern).") }));
    }

    [Test]
    public void Every_key_in_the_schema_has_a_finnish_and_english_title()
    {
        var properties = SchemaObjects(Schema.Value, string.Empty)
            .SelectMany(o => o.Node["properties"]!.AsObject().Select(p => (Path: Join(o.Path, p.Key), Node: p.Value!.AsObject())));

        Assert.Multiple(() =>
        {
            foreach (var (path, node) in properties)
            {
                Assert.That(node["title"]?.GetValue<string>(), Does.Contain(" / "), path);
            }
        });
    }

    [TestCaseSource(typeof(ExampleProfiles), nameof(ExampleProfiles.All))]
    public void Each_example_uses_only_keys_the_schema_knows_and_has_every_key_it_requires(string example)
    {
        var findings = new FindingCollector();
        var content = File.ReadAllBytes(ExampleProfiles.PathOf(example));
        var root = example.EndsWith(".json", StringComparison.Ordinal)
            ? ProfileDocumentReader.ReadJson(content, findings)
            : ProfileDocumentReader.ReadYaml(Encoding.UTF8.GetString(content), findings);
        var schemaKeys = SchemaObjects(Schema.Value, string.Empty)
            .SelectMany(o => o.Node["properties"]!.AsObject().Select(p => Join(o.Path, p.Key)))
            .ToHashSet(StringComparer.Ordinal);

        var used = KeyPaths(root!, string.Empty).Distinct(StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(used, Is.SubsetOf(schemaKeys));
            Assert.That(RequiredPaths().Where(p => !p.Contains("[]", StringComparison.Ordinal) && !p.StartsWith("deputy", StringComparison.Ordinal)), Is.SubsetOf(used));
        });
    }

    private static IEnumerable<(string Path, JsonObject Node)> SchemaObjects(JsonObject node, string path)
    {
        var resolved = Resolve(node);
        if (resolved["properties"] is JsonObject properties)
        {
            yield return (path, resolved);
            foreach (var (key, value) in properties)
            {
                foreach (var inner in SchemaObjects(value!.AsObject(), Join(path, key)))
                {
                    yield return inner;
                }
            }
        }
        else if (resolved["items"] is JsonObject items)
        {
            foreach (var inner in SchemaObjects(items, path + "[]"))
            {
                yield return inner;
            }
        }
    }

    private static JsonObject Resolve(JsonObject node) =>
        node["$ref"]?.GetValue<string>() is { } reference
            ? Schema.Value["$defs"]![reference.Replace("#/$defs/", string.Empty, StringComparison.Ordinal)]!.AsObject()
            : node;

    private static IEnumerable<string> RequiredPaths() =>
        SchemaObjects(Schema.Value, string.Empty).SelectMany(o => (o.Node["required"]?.AsArray() ?? []).Select(r => Join(o.Path, r!.GetValue<string>())));

    private static IEnumerable<string> KeyPaths(ProfileNode node, string path) => node switch
    {
        ObjectNode o => o.Members.SelectMany(m => KeyPaths(m.Value, Join(path, m.Key)).Prepend(Join(path, m.Key))),
        ArrayNode a => a.Items.SelectMany(item => KeyPaths(item, path + "[]")),
        _ => [],
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
