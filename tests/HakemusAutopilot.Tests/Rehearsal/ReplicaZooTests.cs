using System.Text.Json.Nodes;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Rehearsal;

/// <summary>
/// Every bundled rendering of the service, each written by someone else in another toolkit's markup and wording,
/// walked to the stop; judged by the draft the rendering's backend received, not by the tool's own report.
/// </summary>
[Parallelizable(ParallelScope.Self)]
internal sealed class ReplicaZooTests
{
    private static readonly string[] Renderings = ["uibootstrap", "material", "suomifi", "govuk"];

    private static readonly string[][] Survivable =
    [
        [],
        [ReplicaVariants.ProtectionOrderTicked, ReplicaVariants.CookieBanner, ReplicaVariants.Announcement, ReplicaVariants.OrganisationChooser],
        [ReplicaVariants.PagedForm, ReplicaVariants.CollapsedSections, ReplicaVariants.SessionExpires],
    ];

    private static IEnumerable<TestCaseData> Walks() =>
        from rendering in Renderings
        from variants in Survivable
        select new TestCaseData(rendering, variants).SetArgDisplayNames(rendering, variants.Length == 0 ? "as is" : string.Join("+", variants));

    private static IEnumerable<TestCaseData> Each() => Renderings.Select(r => new TestCaseData(r));

    [TestCaseSource(nameof(Walks))]
    public async Task Every_rendering_is_filled_to_the_stop_with_the_right_draft(string rendering, string[] variants)
    {
        var run = await RehearseAsync(rendering, variants);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Sent, Is.Empty);
        AssertTheRightDraft(run);
        if (variants.Contains(ReplicaVariants.OrganisationChooser))
        {
            var organisation = JsonNode.Parse(run.Journal.To(ReplicaPaths.Draft).Last().Body)!["organisaatio"]!.GetValue<string>();
            Assert.That(organisation, Does.StartWith("Järvenrannan koulutuskuntayhtymä").And.Not.Contain("liikelaitos"));
        }
    }

    [TestCaseSource(nameof(Each))]
    public async Task A_save_button_named_only_Tallenna_is_pressed_and_Tallenna_ja_laheta_never(string rendering)
    {
        var run = await RehearseAsync(rendering, [ReplicaVariants.SaveAndSend]);

        Assert.That(run.Sent, Is.Empty, "the mixed save-and-send control must never be pressed");
        Assert.That(run.ExitCode, Is.AnyOf(ExitCodes.ReachedTheStop, ExitCodes.StoppedForOperator), run.Output + run.Error);
        if (run.ExitCode == ExitCodes.ReachedTheStop)
        {
            AssertTheRightDraft(run);
        }
    }

    [TestCaseSource(nameof(Each))]
    public async Task A_send_control_in_the_save_buttons_place_is_never_pressed(string rendering)
    {
        Tool.WaitsBriefly();
        var run = await RehearseAsync(rendering, [ReplicaVariants.SendInPlaceOfSave]);

        Assert.That(run.Sent, Is.Empty);
        Assert.That(run.ExitCode, Is.Not.EqualTo(ExitCodes.ReachedTheStop), run.Output);
        Assert.That(run.Report.DraftSaved, Is.False);
        Assert.That(run.Report.Failure!.Screenshot, Is.EqualTo(Walk.RunSession.LastPageScreenshotName), "the failure path leaves a picture of the page");
        Assert.That(run.Report.Failure.PageShowed, Is.Not.Null.And.Contain("Käyttötarkoitus").IgnoreCase, "and the page's text, even with no main landmark");
    }

    private static Task<ToolResult> RehearseAsync(string rendering, string[] variants) =>
        Tool.RehearseAsync(["--replica", rendering, .. variants.SelectMany(v => new[] { "--variant", v })]);

    private static void AssertTheRightDraft(ToolResult run)
    {
        var profile = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixtures("profiles", "ammattiopisto.json")))!;
        var draft = JsonNode.Parse(run.Journal.To(ReplicaPaths.Draft).Last().Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(draft["hakemustyyppi"]!.GetValue<string>(), Is.EqualTo("uusi"));
            Assert.That(draft["tilaustyyppi"]!.GetValue<string>(), Is.EqualTo("henkilotunnus"));
            Assert.That(draft["turvakielto"]!.GetValue<bool>(), Is.False);
            Assert.That(draft["kayttotarkoitus"]!.GetValue<string>(), Does.Contain("531/2017"));
            Assert.That(draft["tarvittavatTiedot"]!.GetValue<string>(), Is.EqualTo(profile["neededData"]!.GetValue<string>()));
            foreach (var (key, person) in new[] { ("tekninenYhteyshenkilo", "technicalContact"), ("varahenkilo", "deputy") })
            {
                Assert.That(draft[key]!["nimi"]!.GetValue<string>(), Is.EqualTo(profile[person]!["name"]!.GetValue<string>()), key);
                Assert.That(draft[key]!["sahkoposti"]!.GetValue<string>(), Is.EqualTo(profile[person]!["email"]!.GetValue<string>()), key);
                Assert.That(draft[key]!["puhelin"]!.GetValue<string>(), Is.EqualTo(profile[person]!["phone"]!.GetValue<string>()), key);
            }

            Assert.That(draft["prosessisahkoposti"]!.GetValue<string>(), Is.EqualTo(profile["processEmail"]!.GetValue<string>()));
            Assert.That(draft["tietoturvaselvitys"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(draft["liitteet"]!.AsArray().Select(a => a!["nimi"]!.GetValue<string>()), Does.Contain("sopimus-koulutuksen-jarjestamisesta.pdf"));
            Assert.That(draft["liitteet"]!.AsArray().Select(a => a!["kuvaus"]!.GetValue<string>()), Has.All.Not.Empty);
        });
    }
}
