using HakemusAutopilot.Cli;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Drift;

[Parallelizable(ParallelScope.Children)]
internal sealed class CheckTests
{
    [Test]
    public async Task Check_finds_every_expected_label_on_the_replica()
    {
        var check = await Tool.RunAsync("check");

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("ok      form").And.Contain("Verdict: every expected label and button was found."));
    }

    [Test]
    public async Task Check_names_a_renamed_label_and_the_nearest_name_the_page_shows_instead()
    {
        var check = await Tool.RunAsync("check", "--variant", ReplicaVariants.LabelRenamed);

        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Drift), check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("missing field \"Käyttötarkoitus\"; nearest on the page: \"Tietojen käyttötarkoitus *\""));
    }
}
