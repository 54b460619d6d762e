using System.Text.Json.Nodes;
using HakemusAutopilot.Cli;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Privacy;

[Parallelizable(ParallelScope.Self)]
internal sealed class PersonalDataTests
{
    private static readonly Lazy<Task<ToolResult>> Run = new(async () => await Tool.RehearseAsync("--profile", await ProfileFullOfPersonalDataAsync()));

    private const string Hetu = "131052-308T";
    private const string NewCenturyHetu = "010594Y9032";
    private const string Email = "maija.meikalainen@example.fi";
    private const string Phone = "+358 40 765 4321";
    private const string ContactName = "Maija Meikäläinen";

    [Test]
    public async Task No_personal_value_of_the_profile_reaches_any_text_file_of_the_run_folder()
    {
        var run = await Run.Value;

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        var texts = Directory.GetFiles(run.Folder).Where(f => !f.EndsWith(".png", StringComparison.Ordinal)).ToArray();
        Assert.That(texts, Has.Length.GreaterThanOrEqualTo(4));
        foreach (var file in texts)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.That(text, Does.Not.Contain(Hetu).And.Not.Contain(NewCenturyHetu).And.Not.Contain(Email).And.Not.Contain("765 4321").And.Not.Contain(ContactName), Path.GetFileName(file));
        }

        Assert.That(run.Output, Does.Not.Contain(Email).And.Not.Contain(ContactName).And.Not.Contain(Hetu));
    }

    [Test]
    public async Task The_page_received_the_real_values_even_though_the_files_hold_none()
    {
        var run = await Run.Value;

        Assert.That(run.Journal.Entries.Last(e => e.Path.EndsWith("luonnos", StringComparison.Ordinal)).Body, Does.Contain(Email).And.Contain(ContactName));
    }

    private static async Task<string> ProfileFullOfPersonalDataAsync()
    {
        var profile = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Fixtures("profiles", "ammattiopisto.json")))!;
        var personal = $" Yhteys: {ContactName}, {Email}, {Phone}, hetu {Hetu} / {NewCenturyHetu}.";
        profile["purpose"]!["use"] = profile["purpose"]!["use"]!.GetValue<string>() + personal;
        profile["purpose"]!["legalBasisText"] = "Lisätietoja antaa" + personal;
        profile["securityStatement"] = profile["securityStatement"]!.GetValue<string>() + personal;
        profile["technicalContact"]!["name"] = ContactName;
        profile["technicalContact"]!["email"] = Email;
        profile["technicalContact"]!["phone"] = Phone;
        foreach (var attachment in profile["attachments"]!.AsArray())
        {
            var path = attachment!["path"]!.GetValue<string>();
            attachment["path"] = Path.GetFullPath(Path.Combine(RepoPaths.Fixtures("profiles"), path));
            attachment["description"] = attachment["description"]!.GetValue<string>() + personal;
        }

        var file = Path.Combine(Path.GetTempPath(), $"profiili-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, profile.ToJsonString());
        return file;
    }
}
