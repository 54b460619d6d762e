using System.Text.Json.Nodes;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Rehearsal;

/// <summary>
/// Every bundled rendering of the service, each written by someone else in another toolkit's markup and wording,
/// walked to the stop; judged by the draft the rendering's backend received, not by the tool's own report.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ReplicaZooTests
{
    private static readonly string[] Renderings = ["uibootstrap", "material", "suomifi", "govuk"];

    // Each rendering as it is, and with every trouble it can survive at once (a whole walk is the expensive part of a
    // test): a ticked turvakielto box, a cookie banner, a notice, an organisation to choose, the form in pages with
    // collapsed sections, a session that expires mid-form, and a save button named only "Tallenna" beside
    // "Tallenna ja lähetä", which must never be pressed.
    private static readonly string[][] Survivable =
    [
        [],
        [
            ReplicaVariants.ProtectionOrderTicked, ReplicaVariants.CookieBanner, ReplicaVariants.Announcement, ReplicaVariants.OrganisationChooser,
            ReplicaVariants.PagedForm, ReplicaVariants.CollapsedSections, ReplicaVariants.SessionExpires, ReplicaVariants.SaveAndSend,
        ],
    ];

    private static IEnumerable<TestCaseData> Walks() =>
        from rendering in Renderings
        from variants in Survivable
        select new TestCaseData(rendering, variants).SetArgDisplayNames(rendering, variants.Length == 0 ? "as is" : "every survivable variant");

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
