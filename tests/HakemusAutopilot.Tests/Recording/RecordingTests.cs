using System.Text.Json;
using System.Text.RegularExpressions;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Recording;

/// <summary>A walk of the replica on loopback is recorded, scrubbed and played back offline.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class RecordingTests
{
    private static readonly Once<Recorded> Walk = new(RecordAWalkAsync);

    private static readonly Once<(ToolResult Run, string Folder)> HandWalk = new(RecordAHandWalkAsync);

    [Test]
    public async Task A_recorded_walk_can_be_rehearsed_offline_with_the_draft_still_saved()
    {
        var recorded = await Walk.GetAsync();

        var rehearsal = await Tool.RehearseAsync("--fixtures", recorded.Folder, "--profile", recorded.Profile);

        Assert.That(rehearsal.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), rehearsal.Output + rehearsal.Error);
        Assert.That(rehearsal.Report.DraftSaved, Is.True);
        Assert.That(rehearsal.Journal.To(ReplicaPaths.Draft), Is.Not.Empty);
        Assert.That(rehearsal.Report.BlockedRequests, Is.Empty);
        Assert.That(File.Exists(Path.Combine(recorded.Folder, "site", "index.html")), Is.False, "the page must have come from the recording");
    }

    [Test]
    public async Task The_recording_holds_every_view_and_a_snapshot_of_each_step()
    {
        var recorded = await Walk.GetAsync();

        Assert.That(recorded.Run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), recorded.Run.Output + recorded.Run.Error);
        var har = await File.ReadAllTextAsync(Path.Combine(recorded.Folder, "site", "recording.har"));
        using var document = JsonDocument.Parse(har);
        var urls = document.RootElement.GetProperty("log").GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("request").GetProperty("url").GetString()!).ToArray();
        Assert.That(urls, Has.Some.Contains("/views/lomake.html?v=").And.Some.Contains("/app.js"));
        var snapshots = Directory.GetFiles(Path.Combine(recorded.Folder, "site", "snapshots"), "*.html").Select(Path.GetFileName).ToArray();
        Assert.That(snapshots, Has.Some.Contains("login").And.Some.Contains("order-type").And.Some.Contains("stop"));
        Assert.That(recorded.Run.Output, Does.Contain("Tallenne kirjoitettu"));
    }

    [Test]
    public async Task No_personal_value_session_cookie_or_token_survives_in_any_recorded_file()
    {
        var recorded = await Walk.GetAsync();
        var secrets = recorded.Secrets;

        var files = Directory.GetFiles(recorded.Folder, "*", SearchOption.AllDirectories);
        Assert.That(secrets, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(10));
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            foreach (var value in PersonalProfile.Values.Append("Testi Käyttäjä").Concat(secrets))
            {
                Assert.That(text, Does.Not.Contain(value).IgnoreCase, $"{Path.GetFileName(file)} holds {value}");
            }

            Assert.That(Identifiers.PersonalIdentityCodeShape.IsMatch(text), Is.False, Path.GetFileName(file));
            Assert.That(Identifiers.EmailShape.IsMatch(text), Is.False, Path.GetFileName(file));
            Assert.That(Regex.IsMatch(text, "\"name\":\\s*\"(set-)?cookie\"", RegexOptions.IgnoreCase), Is.False, Path.GetFileName(file));
        }
    }

    [Test]
    public async Task The_drift_check_finds_every_expected_word_in_the_recording()
    {
        var recorded = await Walk.GetAsync();

        var check = await Tool.RunAsync("check", "--ui-language", "en", "--fixtures", recorded.Folder);

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("not from DVV's service"), "a practice copy confirms no guessed word");
    }

    [Test]
    public async Task A_recording_of_DVVs_own_service_confirms_the_unconfirmed_words_it_shows()
    {
        var recorded = await Walk.GetAsync();
        var copy = NewFolder();
        Directory.CreateDirectory(Path.Combine(copy, "site"));
        var har = await File.ReadAllTextAsync(Path.Combine(recorded.Folder, "site", "recording.har"));
        var origin = JsonDocument.Parse(har).RootElement.GetProperty("log").GetProperty("_serviceOrigin").GetString()!.TrimEnd('/');
        await File.WriteAllTextAsync(Path.Combine(copy, "site", "recording.har"), har.Replace(origin, "https://asiointi.dvv.fi", StringComparison.Ordinal));

        var check = await Tool.RunAsync("check", "--ui-language", "en", "--fixtures", copy);

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("the recording shows it, you may move \"formHeading\" out of 'unconfirmed'").And.Contain("Seen, may leave 'unconfirmed'"));
    }

    [Test]
    public async Task A_recording_that_ends_early_is_called_incomplete_and_not_a_changed_service()
    {
        Tool.WaitsBriefly();
        var (record, folder) = await HandWalk.GetAsync();

        var check = await Tool.RunAsync("check", "--fixtures", folder);

        Assert.That(record.Output, Does.Contain("tallenne ei ulotu lomakkeeseen"));
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Failed), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("Tallenteessa ei ole vastausta pyyntöihin: GET /views/").And.Contain("Tulos: tallenne on vajaa"));
    }

    [Test]
    public async Task An_operator_walking_by_hand_gets_the_views_recorded_until_pressing_enter()
    {
        var (run, folder) = await HandWalk.GetAsync();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Output, Does.Contain("kulje hakemuksen polku käsin"));
        var last = Directory.GetFiles(Path.Combine(folder, "site", "snapshots"), "*.html").Order(StringComparer.Ordinal).Last();
        Assert.That(Path.GetFileName(last), Does.EndWith("-end.html"));
        Assert.That(await File.ReadAllTextAsync(last), Does.Contain("Julkishallinto").And.Not.Contain("Testi Käyttäjä"));
        var har = await File.ReadAllTextAsync(Path.Combine(folder, "site", "recording.har"));
        Assert.That(har, Does.Contain("/views/login.html").And.Contain("/views/etusivu.html"));
    }

    [Test]
    public async Task Recording_into_a_folder_that_holds_other_files_is_refused_before_a_browser_opens()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "muistio.txt"), "tärkeä");

        var run = await Tool.RunAsync("record", "--out", folder, "--headless");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(run.Error!.Message, Does.Contain(folder).And.Contain("not empty"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "muistio.txt")), Is.EqualTo("tärkeä"));
    }

    private sealed record Recorded(ToolResult Run, string Folder, string Profile, IReadOnlyList<string> Secrets);

    private static async Task<Recorded> RecordAWalkAsync()
    {
        await using var service = new LoopbackService();
        var folder = NewFolder();
        var profile = await PersonalProfile.WriteAsync();
        var run = await Tool.RunAsync(
            new PersonAtTheBrowser(service.Journal),
            "run", "--profile", profile, "--base-url", service.BaseUrl.ToString(), "--headless", "--exit-at-review", "--record", folder);
        return new Recorded(run, folder, profile, [.. service.IssuedSecrets]);
    }

    private static async Task<(ToolResult Run, string Folder)> RecordAHandWalkAsync()
    {
        await using var service = new LoopbackService();
        var folder = NewFolder();
        var run = await Tool.RunAsync(new PersonWalkingByHand(), "record", "--out", folder, "--base-url", service.BaseUrl.ToString(), "--headless");
        return (run, folder);
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "hakemus-autopilot-tests", $"tallenne-{Guid.NewGuid():N}");
}
