using System.Text.Json.Nodes;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Drift;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Drift;

[Parallelizable(ParallelScope.All)]
internal sealed class CheckTests
{
    private const string SwedishPurposeOnTheRenamedReplica = "Användningsändamål för uppgifterna";

    private static readonly Once<ToolResult> SwedishRenamed = new(() => Tool.RunAsync("check", "--ui-language", "en", "--language", "sv", "--variant", ReplicaVariants.LabelRenamed));

    [Test]
    public async Task Check_finds_every_expected_label_on_the_replica()
    {
        var check = await Tool.RunAsync("check");

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), check.Output + check.Error);
        Assert.That(check.Output, Does.Match(@"ok\s+lomake: \d+ löytyi, 0 puuttuu").And.Contain("Tulos: kaikki odotetut otsikot, kentät ja painikkeet löytyivät."));
    }

    [Test]
    public async Task Check_names_a_renamed_label_and_the_nearest_name_the_page_shows_instead()
    {
        var check = await Tool.RunAsync("check", "--ui-language", "en", "--variant", ReplicaVariants.LabelRenamed);

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Drift), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("missing field \"Käyttötarkoitus\"; nearest on the page: \"Tietojen käyttötarkoitus *\""));
    }

    [Test]
    public async Task Check_in_Swedish_reports_the_unconfirmed_words_the_replica_shows_as_seen()
    {
        var check = await Tool.RunAsync("check", "--ui-language", "en", "--language", "sv");

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), check.Output + check.Error);
        Assert.That(check.Output, Does.Not.Contain("you may move")
            .And.Match(@"Unconfirmed words: ([1-9]\d*) of the words checked are unconfirmed in the label map \(language sv\); the bundled replica showed \1 of them\.")
            .And.Contain("Seen, but this confirms nothing (it shows our own guesses)").And.Contain("saveDraft")
            .And.Not.Contain("Not seen:")
            .And.Not.Contain("found button \"Påbörja en ny ansökan\", unconfirmed"));
    }

    [Test]
    public async Task Check_of_a_renamed_label_suggests_the_label_map_line_with_the_name_the_page_shows()
    {
        var check = await SwedishRenamed.GetAsync();

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Drift), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain($"Suggested label map changes (language sv) — check each before pasting:{Environment.NewLine}  \"purpose\": \"{SwedishPurposeOnTheRenamedReplica}\"{Environment.NewLine}"));
    }

    [Test]
    public async Task Check_writes_its_findings_with_keys_and_unconfirmed_flags_to_check_json_in_a_run_folder()
    {
        var labelMap = LabelMap.Load(RepoPaths.File("src", "HakemusAutopilot", "Service", LabelMap.FileName));

        var check = await SwedishRenamed.GetAsync();

        var files = Directory.GetFiles(check.RunsRoot, CheckReport.FileName, SearchOption.AllDirectories);
        Assert.That(files, Has.Length.EqualTo(1), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain($"The findings are in {files[0]}."));
        var text = await File.ReadAllTextAsync(files[0]);
        var json = JsonNode.Parse(text)!;
        var steps = json["steps"]!.AsArray();
        var found = steps.SelectMany(s => s!["found"]!.AsArray()).ToArray();
        var missing = steps.SelectMany(s => s!["missing"]!.AsArray()).Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(json["verdict"]!.GetValue<string>(), Is.EqualTo("changed"));
            Assert.That(json["language"]!.GetValue<string>(), Is.EqualTo("sv"));
            Assert.That(json["source"]!.GetValue<string>(), Is.EqualTo("bundled replica"));
            Assert.That(steps.Select(s => s!["step"]!.GetValue<string>()), Is.EqualTo(new[]
            {
                "login", "front-page", "start-new-application", "public-administration", "population-data-services", "change-interface-start", "new-application", "form",
            }));
            Assert.That(found, Is.Not.Empty);
            Assert.That(found.Where(w => w!["unconfirmed"]!.GetValue<bool>() == labelMap.IsConfirmed("sv", w["key"]!.GetValue<string>())), Is.Empty);
            Assert.That(found.Where(w => w!["nearest"] is not null), Is.Empty);
            Assert.That(missing["kind"]!.GetValue<string>(), Is.EqualTo("field"));
            Assert.That(missing["name"]!.GetValue<string>(), Is.EqualTo("Användningsändamål"));
            Assert.That(missing["key"]!.GetValue<string>(), Is.EqualTo("purpose"));
            Assert.That(missing["unconfirmed"]!.GetValue<bool>(), Is.True);
            Assert.That(missing["nearest"]!.GetValue<string>(), Is.EqualTo($"{SwedishPurposeOnTheRenamedReplica} *"));
            Assert.That(json["unconfirmed"]!["notSeenKeys"]!.AsArray().Select(k => k!.GetValue<string>()), Is.EqualTo(new[] { "purpose" }));
            Assert.That(json["unconfirmed"]!["seen"]!.GetValue<int>(), Is.EqualTo(json["unconfirmed"]!["expected"]!.GetValue<int>() - 1).And.GreaterThan(0));
            Assert.That(json["suggestions"]!.AsArray().Select(x => (x!["key"]!.GetValue<string>(), x["name"]!.GetValue<string>())), Is.EqualTo(new[] { ("purpose", SwedishPurposeOnTheRenamedReplica) }));
            Assert.That(text, Does.Not.Contain("Testi Käyttäjä"), "the signed-in person of the replica's header");
        });
    }
}
