using System.Text.Json.Nodes;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using HakemusAutopilot.Service.Resolving;
using HakemusAutopilot.Tests.Profile;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Rehearsal;

[Parallelizable(ParallelScope.All)]
internal sealed class LanguageTests
{
    private static readonly string LabelMapPath = RepoPaths.File("src", "HakemusAutopilot", "Service", LabelMap.FileName);

    [TestCase("sv", "1. Uppdrag där uppgifterna används: ")]
    [TestCase("en", "1. Tasks in which the data is used: ")]
    public async Task Operator_can_rehearse_a_profile_in_another_language_to_the_stop(string language, string purposeOpening)
    {
        using var folder = new TemporaryFolder();
        var profilePath = ExampleProfiles.VocationalIn(language, folder);
        var purpose = PurposeComposer.Compose(Load(profilePath));
        var purposeLabel = LabelMap.Load(LabelMapPath).For(language).Purpose;

        var run = await Tool.RehearseAsync("--profile", profilePath);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        var draft = JsonNode.Parse(run.Journal.To(ReplicaPaths.Draft).Last().Body)!;
        var log = await File.ReadAllTextAsync(Path.Combine(run.Folder, RunLogSink.FileName));
        Assert.Multiple(() =>
        {
            Assert.That(log, Does.Not.Contain("to language switch"), "a page already in the profile's language is left as it is");
            Assert.That(run.Report.Outcome, Is.EqualTo(RunOutcome.ReachedTheStop));
            Assert.That(run.Report.Language, Is.EqualTo(language));
            Assert.That(run.Report.DraftSaved, Is.True);
            Assert.That(run.Report.SendButtonReached, Is.True);
            Assert.That(run.Report.Fields, Is.Not.Empty);
            Assert.That(run.Report.Fields.Where(f => !f.Verified), Is.Empty);
            Assert.That(run.Report.Fields.Select(f => f.Label), Does.Contain(purposeLabel));
            Assert.That(run.Sent, Is.Empty);
            Assert.That(purpose, Does.StartWith(purposeOpening));
            Assert.That(draft["kayttotarkoitus"]!.GetValue<string>(), Is.EqualTo(purpose));
        });
    }

    [TestCase("sv", "På svenska")]
    [TestCase("en", "In English")]
    public async Task A_live_run_turns_a_service_that_opens_in_Finnish_to_the_profiles_language_with_its_own_switch(string language, string languageSwitch)
    {
        using var folder = new TemporaryFolder();
        var profilePath = ExampleProfiles.VocationalIn(language, folder);
        await using var service = new LoopbackService();

        var run = await Tool.RunAsync(
            new PersonAtTheBrowser(service.Journal), "run", "--profile", profilePath, "--base-url", service.BaseUrl.ToString(), "--headless", "--exit-at-review");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.DraftSaved, Is.True);
        Assert.That(await File.ReadAllTextAsync(Path.Combine(run.Folder, RunLogSink.FileName)), Does.Contain($"Pressing \"{languageSwitch}\" to language switch"));
        Assert.That(JsonNode.Parse(service.Journal.To(ReplicaPaths.Draft).Last().Body)!["kayttotarkoitus"]!.GetValue<string>(), Is.EqualTo(PurposeComposer.Compose(Load(profilePath))));
    }

    [Test]
    public void Every_language_of_the_label_map_names_every_label_and_close_button()
    {
        var map = LabelMap.Load(LabelMapPath);

        Assert.That(map.Languages, Is.EquivalentTo(ProfileRules.Languages));
        Assert.Multiple(() =>
        {
            foreach (var language in map.Languages)
            {
                var labels = map.For(language);
                foreach (var property in typeof(ServiceLabels).GetProperties())
                {
                    var where = $"{language}.{property.Name}";
                    switch (property.GetValue(labels))
                    {
                        case string text:
                            Assert.That(text.Trim(), Is.Not.Empty, where);
                            break;
                        case IReadOnlyList<KnownOverlay> overlays:
                            Assert.That(overlays, Is.Not.Empty, where);
                            Assert.That(overlays.SelectMany(o => new[] { o.Role, o.Name, o.Close }).Where(string.IsNullOrWhiteSpace), Is.Empty, where);
                            break;
                        case IReadOnlyList<string> words:
                            Assert.That(words, Is.Not.Empty.And.None.Matches<string>(string.IsNullOrWhiteSpace), where);
                            break;
                        case IReadOnlyDictionary<string, IntentWords> intents:
                            Assert.That(intents.Values.SelectMany(i => (i.Also ?? []).Concat(i.Not ?? [])), Is.Not.Empty.And.None.Matches<string>(string.IsNullOrWhiteSpace), where);
                            Assert.That(intents.Keys, Is.SubsetOf(new IntentMap(labels, _ => true).Keys), $"{where}: every key names an intent of the walk");
                            break;
                        default:
                            Assert.Fail($"{where} is missing or of a type this test does not know");
                            break;
                    }
                }
            }
        });
    }

    [Test]
    public void The_send_guard_knows_the_send_button_of_every_language()
    {
        var map = LabelMap.Load(LabelMapPath);

        Assert.That(map.SendButtonNames, Is.SupersetOf(map.Languages.Select(language => map.For(language).SendButton)));
    }

    private static InstitutionProfile Load(string path)
    {
        var result = new ProfileLoader(new ProfileRulesOptions()).Load(path);
        return result.Profile ?? throw new AssertionException(string.Join("\n", result.Findings.Select(f => $"{f.Path}: {f.Message.In("en")}")));
    }
}
