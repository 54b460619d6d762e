using System.Text.Json.Nodes;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Questions;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Tests.Support;
using HakemusAutopilot.Walk;
using Microsoft.Playwright;

using static HakemusAutopilot.Tests.Support.OperatorAnswering;

namespace HakemusAutopilot.Tests.Questions;

/// <summary>Where the tool is not sure, the operator answers once and it remembers; with nobody to ask, it stops and says what to answer.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class OperatorQuestionTests
{
    private const string Direct = "Puhelinnumero, suora";

    private static readonly string[] TwoPhones = ["--variant", ReplicaVariants.TwoPhoneFields];

    [Test]
    public async Task A_field_two_elements_claim_alike_is_asked_once_and_the_answer_is_remembered_until_the_page_changes()
    {
        Tool.StartsAtTheForm();
        var memory = TemporaryFolder();
        var first = new OperatorAnswering(Clicks(page => page.GetByLabel(Direct)));
        var asked = await Tool.RunWithMemoryAsync(memory, first, ["rehearse", .. TwoPhones]);

        Assert.That(asked.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), asked.Output + asked.Error);
        Assert.That(first.Asked, Is.EqualTo(1));
        Assert.That(asked.Output, Does.Contain("Kysymys: en ole varma, mikä sivun kohta on ”Puhelinnumero”").And.Contain("1. text \"Puhelinnumero, "));
        Assert.That(PhoneSaved(asked), Is.Not.Empty, "the answer was acted on: the direct line holds the phone number");
        var remembered = await File.ReadAllTextAsync(Path.Combine(memory, SiteMemory.FileName("fi")));
        Assert.That(remembered, Does.Contain(Direct).And.Contain("technicalContact.phone").And.Contain("\"step\": \"form\""));
        Assert.That(remembered, Does.Not.Contain(PhoneSaved(asked)), "the memory holds no value the form was filled with");

        var second = new OperatorAnswering();
        var recalled = await Tool.RunWithMemoryAsync(memory, second, ["rehearse", .. TwoPhones]);

        Assert.That(recalled.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), recalled.Output + recalled.Error);
        Assert.That(second.Asked, Is.Zero, "a remembered answer is not asked again");
        Assert.That(recalled.Report.Decisions.Single(d => d.Intent == "technicalContact.phone").Verdict, Is.EqualTo("memory"));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(recalled.Folder, ReportWriter.MarkdownName)), Does.Contain("(muistista)"));

        var third = new OperatorAnswering(TypesTheNumberOf(page => page.GetByLabel("Puhelinnumero, oma")));
        var changed = await Tool.RunWithMemoryAsync(memory, third, ["rehearse", .. TwoPhones, "--variant", ReplicaVariants.PhoneRelabelled]);

        Assert.That(changed.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), changed.Output + changed.Error);
        Assert.That(third.Asked, Is.EqualTo(1), "the remembered element reads differently now, so the operator is asked again");
        Assert.That(changed.Report.Events.Select(e => e.Text.ToString()), Has.Some.Contains("no longer shows it as it was"));
        Assert.That(PhoneSaved(changed), Is.Not.Empty);
        Assert.That(await File.ReadAllTextAsync(Path.Combine(memory, SiteMemory.FileName("fi"))), Does.Contain("Puhelinnumero, oma").And.Not.Contain(Direct));
    }

    [Test]
    public async Task A_click_on_the_send_button_as_an_answer_is_refused_and_the_next_answer_counts()
    {
        Tool.StartsAtTheForm();
        var person = new OperatorAnswering(
            Clicks(page => page.GetByRole(AriaRole.Button, new() { Name = "Lähetä DVV:lle" })),
            Types("seitsemän"),
            Clicks(page => page.GetByLabel(Direct)));
        var run = await Tool.RunWithMemoryAsync(TemporaryFolder(), person, ["rehearse", .. TwoPhones]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        Assert.That(run.Output, Does.Contain("Se on lähetyspainike: työkalu ei paina sitä koskaan"));
        Assert.That(run.Output, Does.Contain("Vastaa numerolla 1–2"));
        Assert.That(run.Sent, Is.Empty);
        Assert.That(PhoneSaved(run), Is.Not.Empty);
    }

    [Test]
    public async Task An_operator_who_fills_the_field_by_hand_skips_it_and_the_run_stops_for_them()
    {
        Tool.StartsAtTheForm();
        var person = new OperatorAnswering(Types("s"));
        var run = await Tool.RunWithMemoryAsync(TemporaryFolder(), person, ["rehearse", .. TwoPhones]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.StoppedForOperator), run.Output + run.Error);
        Assert.That(run.Report.DraftSaved, Is.True, "everything else was filled and saved");
        Assert.That(run.Report.NeedsOperator, Does.Contain("Puhelinnumero"));
        Assert.That(PhoneSaved(run), Is.Empty);
        Assert.That(run.Sent, Is.Empty);
        Assert.That(await File.ReadAllTextAsync(Path.Combine(run.Folder, ReportWriter.MarkdownName)), Does.Contain("## Täytä itse"));
    }

    [Test]
    public async Task A_hidden_run_leaves_the_question_open_with_its_candidates_pictured_and_answers_given_later_reach_the_stop()
    {
        Tool.StartsAtTheForm();
        var open = await Tool.RunWithMemoryAsync(TemporaryFolder(), null, ["rehearse", .. TwoPhones]);

        Assert.That(open.ExitCode, Is.EqualTo(ExitCodes.StoppedForOperator), open.Output + open.Error);
        var question = open.Report.OpenQuestions.Single();
        Assert.That(question.Intent, Is.EqualTo("technicalContact.phone"));
        Assert.That(question.Candidates, Has.Count.EqualTo(2));
        var picture = Png.Read(Path.Combine(open.Folder, question.Screenshot!));
        Assert.That(picture.Count(OutlineColour), Is.GreaterThan(200), "the candidates are outlined in the picture");

        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(open.Folder, RunSession.AnswersTemplateName)))!;
        var entry = template["entries"]![0]!;
        var candidates = entry["candidates"]!.AsArray();
        var number = candidates.Select((c, i) => (Name: c!["name"]!.GetValue<string>(), Number: i + 1)).Single(c => c.Name == Direct).Number;
        entry["choose"] = number;
        var answers = Path.Combine(TemporaryFolder(), "answers.json");
        await File.WriteAllTextAsync(answers, template.ToJsonString());

        var answered = await Tool.RunWithMemoryAsync(TemporaryFolder(), null, ["rehearse", .. TwoPhones, "--answers", answers]);

        Assert.That(answered.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), answered.Output + answered.Error);
        Assert.That(answered.Report.Decisions.Single(d => d.Intent == "technicalContact.phone").Verdict, Is.EqualTo("answers"));
        Assert.That(PhoneSaved(answered), Is.Not.Empty);
    }

    [TestCase(false, "muistettu lomake / technicalContact.phone: text \"Puhelinnumero, suora\"")]
    [TestCase(true, "VANHENTUNUT lomake / technicalContact.phone: text \"Puhelinnumero, suora\"")]
    public async Task Check_lists_each_remembered_answer_and_whether_the_page_still_shows_it(bool relabelled, string said)
    {
        var memory = TemporaryFolder();
        SiteMemory.Write(Path.Combine(memory, SiteMemory.FileName("fi")), "fi", [new MemoryEntry
        {
            Step = "form",
            Intent = "technicalContact.phone",
            Answer = MemoryEntry.Element,
            Chosen = new ElementFingerprint("text", "input", "tel", Direct, Direct, "Tekninen yhteyshenkilö", "Tekninen yhteyshenkilö", string.Empty, 3),
        }]);
        string[] variants = relabelled ? [.. TwoPhones, "--variant", ReplicaVariants.PhoneRelabelled] : TwoPhones;

        var check = await Tool.RunWithMemoryAsync(memory, null, ["check", .. variants]);

        Assert.That(check.Output, Does.Contain(said));
    }

    [Test]
    public void The_memory_the_tool_writes_has_exactly_the_keys_its_schema_names()
    {
        var file = Path.Combine(TemporaryFolder(), SiteMemory.FileName("fi"));
        var element = new ElementFingerprint("text", "input", "tel", Direct, Direct, "Tekninen yhteyshenkilö", "Tekninen yhteyshenkilö", string.Empty, 3);
        SiteMemory.Write(file, "fi", [new MemoryEntry { Step = "fill-form", Intent = "technicalContact.phone", Answer = MemoryEntry.Element, Chosen = element, Candidates = [element], Choose = 1, AnsweredAt = DateTimeOffset.UnixEpoch }]);
        var written = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var schema = JsonNode.Parse(File.ReadAllText(RepoPaths.File("schemas", "site-memory.schema.json")))!;
        static IEnumerable<string> Keys(JsonNode? node) => node!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.That(Keys(written), Is.EqualTo(Keys(schema["properties"]).Where(k => k != "$schema")));
        Assert.That(Keys(written["entries"]![0]), Is.EqualTo(Keys(schema["properties"]!["entries"]!["items"]!["properties"])));
        Assert.That(Keys(written["entries"]![0]!["chosen"]), Is.EqualTo(Keys(schema["$defs"]!["element"]!["properties"])));
        Assert.That(SiteMemory.Open(Path.GetDirectoryName(file)!, "fi").Entries.Single().Named, Is.EqualTo(element), "what is written reads back the same");
    }

    [TestCase("{\"format\": \"hakemus-autopilot/site-memory\", \"version\": 1, \"language\": \"fi\", \"entries\": [{\"step\": \"fill-form\", \"intent\": \"purpose\", \"answer\": \"maybe\"}]}", "entry 1 (fill-form, purpose)")]
    [TestCase("{\"format\": \"something-else\", \"version\": 1, \"language\": \"fi\", \"entries\": []}", "it is not a site memory")]
    [TestCase("{\"format\": \"hakemus-autopilot/site-memory\", \"version\": 1, \"language\": \"fi\", \"entries\": [{\"step\": \"fill-form\", \"intent\": \"purpose\", \"answer\": \"element\"}]}", "names none")]
    [TestCase("{ not json", "cannot be used")]
    [TestCase("{\"format\": \"hakemus-autopilot/site-memory\", \"version\": 1, \"language\": \"fi\", \"entries\": [null]}", "entry 1: it is empty")]
    [TestCase("{\"format\": \"hakemus-autopilot/site-memory\", \"version\": 1, \"language\": \"fi\"}", "cannot be used")]
    [TestCase("{\"format\": \"hakemus-autopilot/site-memory\", \"version\": 1, \"language\": \"fi\", \"entries\": [{\"step\": \"form\", \"intent\": \"purpose\", \"answer\": \"element\", \"chosen\": {\"kind\": \"text\"}}]}", "cannot be used")]
    public async Task A_broken_or_foreign_memory_is_refused_before_a_browser_opens(string content, string said)
    {
        var memory = TemporaryFolder();
        var file = Path.Combine(memory, SiteMemory.FileName("fi"));
        await File.WriteAllTextAsync(file, content);

        var run = await Tool.RunWithMemoryAsync(memory, null, ["rehearse"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(run.Error!.Message, Does.Contain(file).And.Contain(said));
        Assert.That(run.Session.Backend, Is.Null, "no replica and no browser were started");
    }

    private static bool OutlineColour((byte R, byte G, byte B) pixel) =>
        Math.Abs(pixel.R - 0xc2) < 12 && Math.Abs(pixel.G - 0x18) < 12 && Math.Abs(pixel.B - 0x5b) < 12;

    private static string PhoneSaved(ToolResult run) =>
        JsonNode.Parse(run.Journal.To(ReplicaPaths.Draft).Last().Body)!["tekninenYhteyshenkilo"]!["puhelin"]!.GetValue<string>();

    // The runs' folders stay for a failure to be read; the system's temporary folder is cleaned by the system.
    private static string TemporaryFolder() => new TemporaryFolder().Path;
}
