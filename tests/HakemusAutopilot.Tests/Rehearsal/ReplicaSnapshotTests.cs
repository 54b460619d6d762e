using HakemusAutopilot.Commands;
using HakemusAutopilot.Service;
using HakemusAutopilot.Tests.Support;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Rehearsal;

/// <summary>
/// The replica's pages as the accessibility tree sees them, kept in the repository: a change to the replica shows
/// up here and is made on purpose. Set HAKEMUS_UPDATE_SNAPSHOTS=1 to write the snapshots anew after such a change.
/// </summary>
internal sealed class ReplicaSnapshotTests : ReplicaTest
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("HAKEMUS_UPDATE_SNAPSHOTS") == "1";

    [Test]
    public async Task Every_step_of_the_replica_still_matches_its_recorded_aria_snapshot()
    {
        var login = await LoginPage.OpenAsync(Wizard, Defaults.ServiceOrigin);
        await login.WaitUntilShownAsync();
        await MatchesAsync("01-login");

        await login.IdentifyAsSimulatedPersonAsync();
        var front = await FrontPage.ReachedAsync(Wizard);
        await MatchesAsync("02-front-page");

        var catalog = await front.StartNewApplicationAsync();
        await catalog.ChoosePublicAdministrationAsync();
        await catalog.OpenPopulationDataServicesAsync();
        await MatchesAsync("03-public-administration-services");

        var start = await catalog.StartChangeInterfaceApplicationAsync();
        await start.ChooseNewApplicationAsync();
        await start.ChooseOrderTypeAsync();
        await MatchesAsync("04-application-start");

        await start.ContinueAsync();
        await MatchesAsync("05-form");
    }

    private async Task MatchesAsync(string step)
    {
        var main = Page.GetByRole(AriaRole.Main);
        var file = RepoPaths.File("tests", "HakemusAutopilot.Tests", "Rehearsal", "snapshots", $"{step}.aria.yml");
        if (Update)
        {
            await File.WriteAllTextAsync(file, await main.AriaSnapshotAsync() + "\n");
        }

        await Expect(main).ToMatchAriaSnapshotAsync(await File.ReadAllTextAsync(file));
    }
}
