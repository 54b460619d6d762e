using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Live;

/// <summary>The live code path, with the replica on a real loopback server instead of the rehearsal's routing.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class LiveRunTests
{
    [Test]
    public async Task Operator_logs_in_and_finds_the_application_filled_and_saved_for_review()
    {
        await using var service = Replica();
        var person = new PersonAtTheBrowser(service.Journal);

        var run = await RunAsync(service, person);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.Mode, Is.EqualTo("live"));
        Assert.That(run.Report.DraftSaved, Is.True);
        Assert.That(run.Report.SendGuardLifted, Is.True);
        Assert.That(person.Logins, Is.EqualTo(1));
        Assert.That(service.Journal.To(ReplicaPaths.Submit), Is.Empty);
        Assert.That(run.Output, Does.Contain("Kirjaudu sisään avautuneessa selaimessa"));
    }

    [Test]
    public async Task After_the_hand_over_the_operators_own_click_sends_and_nothing_was_sent_before()
    {
        await using var service = Replica();
        var person = new PersonAtTheBrowser(service.Journal, sendAfterReview: true);

        var run = await RunAsync(service, person);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(person.SubmitsBeforeHandOver, Is.Zero);
        Assert.That(service.Journal.To(ReplicaPaths.Submit).Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_session_that_expires_in_the_middle_of_the_form_is_resumed_after_a_new_login()
    {
        await using var service = Replica(ReplicaVariants.PagedForm, ReplicaVariants.SessionExpires);
        var person = new PersonAtTheBrowser(service.Journal);

        var run = await RunAsync(service, person);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(person.Logins, Is.EqualTo(2));
        Assert.That(run.Report.Events.Select(e => e.Text.ToString()), Has.Some.Contains("session expired"));
        Assert.That(run.Report.Fields.Where(f => !f.Verified), Is.Empty);
        Assert.That(run.Output, Does.Contain("Istunto vanheni"));
    }

    [Test]
    public async Task The_organisation_the_profile_names_is_chosen_when_the_service_asks()
    {
        await using var service = Replica(ReplicaVariants.OrganisationChooser);

        var run = await RunAsync(service, new PersonAtTheBrowser(service.Journal));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(service.Journal.To(ReplicaPaths.Draft).Last().Body, Does.Contain("Järvenrannan koulutuskuntayhtymä"));
    }

    [Test]
    public async Task An_unexpected_confirm_dialog_stops_the_run_with_its_text_instead_of_being_answered()
    {
        await using var service = Replica(ReplicaVariants.UnexpectedConfirm);

        var run = await RunAsync(service, new PersonAtTheBrowser(service.Journal));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(run.Report.Failure!.Message.ToString(), Does.Contain("Haluatko varmasti"));
        Assert.That(File.Exists(Path.Combine(run.Folder, "last-page.png")), Is.True);
        Assert.That(service.Journal.To(ReplicaPaths.Draft), Is.Empty);
        Assert.That(service.Journal.To(ReplicaPaths.Submit), Is.Empty);
    }

    private static LoopbackService Replica(params string[] variants) => new(variants);

    private static Task<ToolResult> RunAsync(LoopbackService service, PersonAtTheBrowser person) =>
        Tool.RunAsync(person, "run", "--profile", RepoPaths.Fixtures("profiles", "ammattiopisto.json"), "--base-url", service.BaseUrl.ToString(), "--headless", "--exit-at-review");
}
