using System.Text.Json.Nodes;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Profile;

internal static class ExampleProfiles
{
    public const string Vocational = "ammattiopisto.json";
    public const string UpperSecondary = "lukio.json";
    public const string UniversityOfAppliedSciences = "ammattikorkeakoulu.yaml";
    public const string VocationalInSwedish = "yrkesinstitut.sv.json";
    public const string VocationalInEnglish = "vocational-college.en.json";

    public static IEnumerable<string> All => [Vocational, UpperSecondary, UniversityOfAppliedSciences, VocationalInSwedish, VocationalInEnglish];

    public static string PathOf(string name) => RepoPaths.File("fixtures", "profiles", name);

    /// <summary>The vocational example as an editable tree, for tests that change one thing.</summary>
    public static JsonObject VocationalAsJson() =>
        JsonNode.Parse(File.ReadAllText(PathOf(Vocational)))!.AsObject();

    /// <summary>The vocational example with its language set to <paramref name="language"/>, written into <paramref name="folder"/>.</summary>
    public static string VocationalIn(string language, TemporaryFolder folder)
    {
        var profile = VocationalAsJson();
        profile["language"] = language;
        return WriteWithAttachmentsResolved(folder, profile, $"ammattiopisto-{language}.json");
    }

    /// <summary>Writes <paramref name="profile"/> into <paramref name="folder"/> with attachment paths made absolute, so they still resolve.</summary>
    public static string WriteWithAttachmentsResolved(TemporaryFolder folder, JsonObject profile, string name = "profiili.json")
    {
        foreach (var attachment in profile["attachments"]?.AsArray() ?? [])
        {
            var relative = attachment!["path"]!.GetValue<string>();
            attachment["path"] = Path.GetFullPath(Path.Combine(RepoPaths.File("fixtures", "profiles"), relative));
        }

        profile.Remove("$schema");
        return folder.Write(name, profile.ToJsonString());
    }
}
