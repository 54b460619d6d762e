using System.Text.Json.Nodes;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Tests.Support;
using HakemusAutopilot.Walk;

namespace HakemusAutopilot.Tests.Rehearsal;

/// <summary>The replica behaving the ways the real service may: the run survives, or stops clearly, and never sends.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class VariantTests
{
    private static readonly object[] Survivable =
    [
        new object[] { new[] { ReplicaVariants.Slow } },
        new object[] { new[] { ReplicaVariants.Restructured } },
        new object[] { new[] { ReplicaVariants.CollapsedSections, ReplicaVariants.OrderTypeSelect, ReplicaVariants.ContentEditableStatement, ReplicaVariants.SessionExpires } },
        new object[] { new[] { ReplicaVariants.PagedForm, ReplicaVariants.CollapsedSections, ReplicaVariants.ContentEditableStatement, ReplicaVariants.OrderTypeListbox } },
    ];

    // One busy day of the service serves three tests, each about one of its troubles: a whole walk is the expensive part.
    private static readonly Once<ToolResult> Busy = new(() => RehearseAsync(ReplicaVariants.LabelRenamed, ReplicaVariants.Announcement, ReplicaVariants.CookieBanner, ReplicaVariants.SaveFailsOnce));

    // First of the class: the slow service's walk mostly waits, and waits best beside the others' work, not after it.
    [Order(1)]
    [TestCaseSource(nameof(Survivable))]
    public async Task Rehearsal_reaches_the_stop_when_the_service_behaves_differently(string[] variants)
    {
        var run = await RehearseAsync(variants);

        AssertReachedTheStop(run);
    }

    [Test]
    public async Task A_draft_save_that_fails_once_is_retried()
    {
        var run = await Busy.GetAsync();

        AssertReachedTheStop(run);
        Assert.That(run.Journal.To(ReplicaPaths.Draft).Count(), Is.EqualTo(2));
        Assert.That(run.Report.Events.Select(e => e.Text.ToString()), Has.Some.Contains("Saving the draft failed (attempt 1"));
    }

    [Test]
    public async Task A_draft_save_that_always_fails_stops_the_run_and_lists_every_value_filled_but_not_saved()
    {
        Tool.StartsAtTheForm();
        var run = await RehearseAsync(ReplicaVariants.SaveAlwaysFails);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(run.Report.DraftSaved, Is.False);
        Assert.That(run.Report.Failure!.Step, Is.EqualTo("save-draft"));
        Assert.That(run.Report.Fields, Has.Count.GreaterThanOrEqualTo(10));
        Assert.That(run.Report.Fields.Where(f => f.Saved), Is.Empty);
        var markdown = await File.ReadAllTextAsync(Path.Combine(run.Folder, ReportWriter.MarkdownName));
        Assert.That(markdown, Does.Contain("Käyttötarkoitus").And.Contain("Selvitys tietojen suojauksesta"));
        AssertNothingSentAndEverythingKept(run, RunSession.LastPageScreenshotName);
    }

    [Test]
    public async Task A_renamed_label_is_found_by_its_meaning_and_the_report_says_what_was_chosen()
    {
        var run = await Busy.GetAsync();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        var purpose = run.Report.Decisions.Last(d => d.Intent == "purpose");
        Assert.That(purpose.Chosen, Does.Contain("Tietojen käyttötarkoitus"));
        Assert.That(purpose.Score, Is.LessThan(1.0), "a renamed label is not an exact match, and the report shows it");
        Assert.That(JsonNode.Parse(run.Journal.To(ReplicaPaths.Draft).Last().Body)!["kayttotarkoitus"]!.GetValue<string>(), Does.Contain("531/2017"));
        AssertNothingSentAndEverythingKept(run, RunSession.StopScreenshotName);
    }

    [Test]
    public async Task A_required_field_the_profile_does_not_fill_is_left_for_the_operator()
    {
        Tool.StartsAtTheForm();
        var run = await RehearseAsync(ReplicaVariants.ExtraRequiredField);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.StoppedForOperator), run.Output + run.Error);
        Assert.That(run.Report.Outcome, Is.EqualTo(RunOutcome.StoppedForOperator));
        Assert.That(run.Report.NeedsOperator, Is.EqualTo(new[] { "Vastuuhenkilön tehtävänimike" }));
        Assert.That(run.Report.DraftSaved, Is.True);
        AssertNothingSentAndEverythingKept(run, RunSession.StopScreenshotName);
    }

    [Test]
    public async Task Known_overlays_are_closed_on_purpose_and_the_notice_is_kept_in_the_report()
    {
        var run = await Busy.GetAsync();

        AssertReachedTheStop(run);
        Assert.That(run.Report.Events.Select(e => e.Text.ToString()), Has.Some.Contains("Closed the notice \"Tiedote\""));
        Assert.That(run.Output, Does.Contain("Suljin palvelun ilmoituksen ”Tiedote”"));

        var log = await File.ReadAllTextAsync(Path.Combine(run.Folder, "run.log"));
        Assert.That(log, Does.Contain("Closed the known overlay Tiedote").And.Contain("Closed the known overlay Evästeet"));
    }

    private static Task<ToolResult> RehearseAsync(params string[] variants) =>
        Tool.RehearseAsync([.. variants.SelectMany(v => new[] { "--variant", v })]);

    private static void AssertReachedTheStop(ToolResult run)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.DraftSaved, Is.True);
        Assert.That(run.Report.Fields.Where(f => !f.Verified), Is.Empty);
        AssertNothingSentAndEverythingKept(run, RunSession.StopScreenshotName);
    }

    private static void AssertNothingSentAndEverythingKept(ToolResult run, string screenshot)
    {
        Assert.That(run.Sent, Is.Empty, "nothing may be sent");
        var files = Directory.GetFiles(run.Folder).Select(Path.GetFileName);
        Assert.That(files, Is.SupersetOf(new[] { ReportWriter.JsonName, ReportWriter.MarkdownName, "run.log", screenshot }));
    }
}
