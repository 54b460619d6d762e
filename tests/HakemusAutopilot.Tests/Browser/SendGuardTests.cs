using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service;
using HakemusAutopilot.Tests.Support;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Browser;

internal sealed class SendGuardTests : ReplicaTest
{
    [TestCase("Lähetä DVV:lle")]
    [TestCase("  LÄHETÄ\u00a0DVV:LLE *")]
    [TestCase("Skicka till MDB")]
    [TestCase("Send to DVV")]
    public void Guard_recognises_the_send_button_in_every_language_and_spelling(string name)
    {
        Assert.That(Guard.IsSendName(name), Is.True);
    }

    [TestCase("Tallenna keskeneräisenä")]
    [TestCase("Seuraava")]
    [TestCase("")]
    public void Guard_lets_other_buttons_be(string name)
    {
        Assert.That(Guard.IsSendName(name), Is.False);
    }

    [Test]
    public async Task Clicker_refuses_the_send_button_however_it_was_found()
    {
        var form = await OpenFormDirectlyAsync();
        var byPosition = Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button).Filter(new() { HasText = "DVV" });

        Assert.ThrowsAsync<SendRefusedException>(async () => await Wizard.Clicker.ClickAsync(byPosition, "a button found by its place"));

        await Expect(form.SendButton).ToBeVisibleAsync();
        Assert.That(Backend.Journal.To(ReplicaPaths.Submit), Is.Empty);
    }

    [Test]
    public async Task Page_guard_swallows_a_click_on_the_send_button_that_bypasses_the_clicker()
    {
        var form = await OpenFormDirectlyAsync();

        await form.SendButton.ClickAsync();

        Assert.That(await SendGuard.BlockedInPageAsync(Page), Is.EqualTo(1));
        Assert.That(Backend.Journal.To(ReplicaPaths.Submit), Is.Empty);
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "HakemusAutopilot esti lähettämisen" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Lifting_the_guard_lets_the_operators_own_click_through()
    {
        var form = await OpenFormDirectlyAsync();

        await Guard.LiftAsync(Page);
        await form.SendButton.ClickAsync();

        Assert.That(Guard.IsLifted, Is.True);
        Assert.That(await SendGuard.BlockedInPageAsync(Page), Is.Zero);
        Assert.ThrowsAsync<InvalidOperationException>(async () => await Wizard.Clicker.ClickAsync(form.SendButton, "anything after hand-over"));
    }
}

[Parallelizable(ParallelScope.All)]
internal sealed class SendGuardRehearsalTests
{
    // The page opens the box ticked, and names its save button only "Tallenna" beside "Tallenna ja lähetä": one walk for both tests.
    private static readonly Once<ToolResult> TickedAndMixed = new(async () =>
    {
        Tool.StartsAtTheForm();
        return await Tool.RehearseAsync("--variant", ReplicaVariants.ProtectionOrderTicked, "--variant", ReplicaVariants.SaveAndSend);
    });

    [TestCase(ReplicaVariants.SendInPlaceOfSave)]
    public async Task A_send_button_standing_where_the_save_button_should_be_is_never_pressed(string variant)
    {
        Tool.WaitsBriefly();
        Tool.StartsAtTheForm();
        var run = await Tool.RehearseAsync("--variant", variant);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(run.Error, Is.Not.Null);
        Assert.That(run.Report.Failure!.Message.ToString(), Does.Contain("Tallenna keskeneräisenä"));
        Assert.That(run.Report.Presses.Select(p => p.Element), Has.None.Contains("Lähetä"));
        Assert.That(run.Report.DraftSaved, Is.False);
        Assert.That(run.Sent, Is.Empty);
    }

    [Test]
    public async Task A_send_button_standing_where_next_should_be_is_never_pressed()
    {
        Tool.StartsAtTheForm();
        var run = await Tool.RehearseAsync("--variant", ReplicaVariants.PagedForm, "--variant", ReplicaVariants.SendInPlaceOfNext);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(run.Report.Failure!.Message.ToString(), Does.Contain("send button"));
        Assert.That(run.Sent, Is.Empty);
    }

    [Test]
    public async Task The_protection_order_box_is_unticked_at_the_stop_even_when_the_page_opens_it_ticked()
    {
        var run = await TickedAndMixed.GetAsync();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.ProtectionOrderUnticked, Is.True);
        Assert.That(run.Journal.To(ReplicaPaths.Draft).Last().Body, Does.Contain("\"turvakielto\":false"));
    }

    [Test]
    public async Task A_form_whose_protection_order_box_cannot_be_found_is_not_saved_and_stops_for_the_operator()
    {
        Tool.WaitsBriefly();
        Tool.StartsAtTheForm();
        var run = await Tool.RehearseAsync("--variant", ReplicaVariants.ProtectionOrderMissing);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.StoppedForOperator), run.Output + run.Error);
        Assert.That(run.Report.ProtectionOrderUnticked, Is.Null);
        Assert.That(run.Report.DraftSaved, Is.False);
        Assert.That(run.Journal.To(ReplicaPaths.Draft), Is.Empty);
        Assert.That(run.Report.NeedsOperator, Has.Some.Contains("turvakielto"));
        Assert.That(run.Sent, Is.Empty);
    }

    [Test]
    public async Task A_save_button_named_only_Tallenna_next_to_Tallenna_ja_laheta_saves_and_never_sends()
    {
        var run = await TickedAndMixed.GetAsync();

        Assert.That(run.Sent, Is.Empty);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Report.Presses.Select(p => p.Element), Has.Some.EqualTo("Tallenna").And.None.Contains("lähetä"));
        Assert.That(run.Journal.To(ReplicaPaths.Draft), Is.Not.Empty);
    }
}
