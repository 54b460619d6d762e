using System.Text.Json.Nodes;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Rehearsal;

[Parallelizable(ParallelScope.All)]
internal sealed class RehearsalTests
{
    // One default rehearsal serves every test that only reads what it left behind.
    private static readonly Once<ToolResult> Default = new(() => Tool.RehearseAsync());

    [Test]
    public async Task Operator_can_rehearse_the_whole_application_to_the_stop()
    {
        var run = await Default.GetAsync();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.Outcome, Is.EqualTo(RunOutcome.ReachedTheStop));
        Assert.That(run.Report.DraftSaved, Is.True);
        Assert.That(run.Report.ProtectionOrderUnticked, Is.True);
        Assert.That(run.Report.SendButtonReached, Is.True);
        Assert.That(run.Report.Fields.Where(f => !f.Verified), Is.Empty);
        Assert.That(run.Sent, Is.Empty);
    }

    [Test]
    public async Task A_rehearsal_for_a_test_about_the_form_logs_in_at_the_form_and_saves_the_same_draft()
    {
        // The whole walk first: a shared walk made after the switch below would start at the form too.
        var whole = await Default.GetAsync();
        Tool.StartsAtTheForm();

        var run = await Tool.RehearseAsync();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.Steps.Select(s => s.Name), Is.EqualTo(new[] { "login", "open-form", "attachments", "save-draft", "stop" }));
        Assert.That(run.Journal.To(ReplicaPaths.Draft).Last().Body, Is.EqualTo(whole.Journal.To(ReplicaPaths.Draft).Last().Body), "the draft is the one the whole walk saves");
        Assert.That(run.Sent, Is.Empty);
    }

    [Test]
    public async Task Rehearsal_fills_every_field_of_the_profile_into_the_draft_the_service_receives()
    {
        var run = await Default.GetAsync();

        var draft = JsonNode.Parse(run.Journal.To(ReplicaPaths.Draft).Last().Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(draft["hakemustyyppi"]!.GetValue<string>(), Is.EqualTo("uusi"));
            Assert.That(draft["tilaustyyppi"]!.GetValue<string>(), Is.EqualTo("henkilotunnus"));
            Assert.That(draft["kayttotarkoitus"]!.GetValue<string>(), Does.Contain("531/2017"));
            Assert.That(draft["turvakielto"]!.GetValue<bool>(), Is.False);
            Assert.That(draft["tarvittavatTiedot"]!.GetValue<string>(), Does.Contain("OPISKELIJA"));
            Assert.That(draft["tekninenYhteyshenkilo"]!["nimi"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(draft["tekninenYhteyshenkilo"]!["sahkoposti"]!.GetValue<string>(), Does.Contain("@"));
            Assert.That(draft["prosessisahkoposti"]!.GetValue<string>(), Does.Contain("@"));
            Assert.That(draft["tietoturvaselvitys"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(draft["liitteet"]!.AsArray(), Has.Count.EqualTo(run.Report.Attachments.Count));
        });
    }

    [Test]
    public async Task Rehearsal_writes_a_report_a_log_a_journal_and_a_screenshot_into_its_run_folder()
    {
        var run = await Default.GetAsync();

        var files = Directory.GetFiles(run.Folder).Select(Path.GetFileName);
        Assert.That(files, Is.SupersetOf(new[] { ReportWriter.JsonName, ReportWriter.MarkdownName, "run.log", "journal.jsonl", "stop.png" }));
        var report = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(run.Folder, ReportWriter.JsonName)))!;
        Assert.That(report["outcome"]!.GetValue<string>(), Is.EqualTo("reachedTheStop"));
        Assert.That(report["fields"]!.AsArray().Select(f => f!["label"]!.GetValue<string>()), Does.Contain("Käyttötarkoitus"));
    }

    [Test]
    public async Task Rehearsal_lets_no_request_leave_for_another_host()
    {
        var run = await Tool.RehearseAsync("--variant", ReplicaVariants.OffsiteRequest);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.BlockedRequests, Has.Some.Contains("analytics.example.com"));
    }

    [Test]
    public async Task A_profile_that_does_not_exist_stops_before_any_browser_with_a_clear_message()
    {
        var run = await Tool.RehearseAsync("--profile", "/nonexistent/profiili.json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(run.Output, Does.Contain("profiili.json"));
        Assert.That(run.Session.Folder, Is.Null, "no run folder means no browser was opened");
    }
}
