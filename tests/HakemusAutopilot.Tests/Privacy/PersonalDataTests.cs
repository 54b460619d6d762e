using HakemusAutopilot.Commands;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Privacy;

[Parallelizable(ParallelScope.All)]
internal sealed class PersonalDataTests
{
    private const string Hetu = PersonalProfile.Hetu;
    private const string NewCenturyHetu = PersonalProfile.NewCenturyHetu;
    private const string Email = PersonalProfile.Email;
    private const string ContactName = PersonalProfile.ContactName;

    private static readonly Once<ToolResult> Run = new(async () => await Tool.RehearseAsync("--profile", await PersonalProfile.WriteAsync()));

    [Test]
    public async Task No_personal_value_of_the_profile_reaches_any_text_file_of_the_run_folder()
    {
        var run = await Run.GetAsync();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        var texts = Directory.GetFiles(run.Folder).Where(f => !f.EndsWith(".png", StringComparison.Ordinal)).ToArray();
        Assert.That(texts, Has.Length.GreaterThanOrEqualTo(4));
        foreach (var file in texts)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.That(text, Does.Not.Contain(Email).And.Not.Contain("765 4321").And.Not.Contain(ContactName), Path.GetFileName(file));
        }

        Assert.That(run.Output, Does.Not.Contain(Email).And.Not.Contain(ContactName));
    }

    [Test]
    public async Task A_profile_holding_a_henkilotunnus_is_refused_before_a_browser_opens_and_the_refusal_does_not_repeat_it()
    {
        var run = await Tool.RunAsync("rehearse", "--profile", await PersonalProfile.WithHetuAsync());

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(run.Output, Does.Contain("henkilötunnukselta näyttävä").And.Not.Contain(Hetu).And.Not.Contain(NewCenturyHetu));
        Assert.That(run.Session.Folder, Is.Null, "no run folder, no browser");
    }

    [Test]
    public async Task The_page_received_the_real_values_even_though_the_files_hold_none()
    {
        var run = await Run.GetAsync();

        Assert.That(run.Journal.Entries.Last(e => e.Path.EndsWith("luonnos", StringComparison.Ordinal)).Body, Does.Contain(Email).And.Contain(ContactName));
    }
}
