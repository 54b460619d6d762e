using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Tests.Profile;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Operator;

/// <summary>Everything the operator reads is in one language, theirs, and a foreseen failure is one clear message in it.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed partial class OperatorLanguageTests
{
    [Test]
    public void Every_text_is_written_in_Finnish_Swedish_and_English_with_the_same_placeholders()
    {
        var finnish = Texts(string.Empty);

        Assert.Multiple(() =>
        {
            foreach (var suffix in new[] { ".sv", ".en" })
            {
                var other = Texts(suffix);
                Assert.That(other.Keys, Is.EquivalentTo(finnish.Keys), suffix);
                foreach (var (key, text) in finnish.Where(pair => other.ContainsKey(pair.Key)))
                {
                    Assert.That(Placeholders(other[key]), Is.EqualTo(Placeholders(text)), $"{key}{suffix}");
                    Assert.That(other[key], Is.Not.Empty, $"{key}{suffix}");
                }
            }
        });
    }

    [Test]
    public async Task An_unreachable_service_is_told_in_the_operators_language_on_the_console_and_in_the_report_without_a_stack_trace()
    {
        var folder = ToolProcess.TempDirectory();

        var run = await ToolProcess.RunAsync(
            ["run", "--profile", ExampleProfiles.PathOf("lukio.json"), "--base-url", ClosedAddress(), "--headless", "--exit-at-review"], folder);

        var report = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(folder, "runs"), ReportWriter.MarkdownName, SearchOption.AllDirectories).Single());
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.Output + run.Error);
            Assert.That(run.Output, Does.Contain("ei saatu yhteyttä").And.Contain("Tarkista verkkoyhteys (tai --base-url)"));
            Assert.That(run.Output + run.Error, Does.Not.Match(StackFrame()).And.Not.Contain("could not be reached"));
            Assert.That(report, Does.Contain("ei saatu yhteyttä").And.Contain("## Keskeytyi").And.Not.Contain("could not be reached"));
        });
    }

    [Test]
    public async Task A_live_check_of_a_service_that_cannot_be_reached_is_not_reported_as_a_changed_service()
    {
        var run = await ToolProcess.RunAsync(["check", "--live", "--headless", "--base-url", ClosedAddress(), "--ui-language", "sv"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.Output + run.Error);
            Assert.That(run.Output + run.Error, Does.Contain("kunde inte nås").And.Not.Contain("ordlistan"), "a network failure, not drift of the label map");
            Assert.That(run.Output + run.Error, Does.Not.Match(StackFrame()));
        });
    }

    [Test]
    public async Task A_Swedish_speaking_operator_reads_the_console_and_the_report_in_Swedish_with_every_long_text_whole()
    {
        var run = await Tool.RehearseAsync("--ui-language", "sv");

        var report = await File.ReadAllTextAsync(Path.Combine(run.Folder, ReportWriter.MarkdownName));
        var purpose = PurposeComposer.Compose(new ProfileLoader(new ProfileRulesOptions()).Load(ExampleProfiles.PathOf("ammattiopisto.json")).Profile!);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
            Assert.That(run.Output, Does.Contain("  steg: inloggning").And.Contain("Övningen stannade före sändningen").And.Contain("Rapport: "));
            Assert.That(run.Output, Does.Not.Contain("vaihe:").And.Not.Contain("Hakemus on täytetty").And.Not.Contain("Raportti:"));
            Assert.That(report, Does.Contain("- Resultat: **klar för granskning**").And.Contain("## Fält").And.Contain("## Steg"));
            Assert.That(report, Does.Not.Contain("Kentät").And.Not.Contain("Tulos").And.Not.Contain("ei valittu").And.Not.Contain("epäonnistui"));
            Assert.That(report, Does.Contain("| inte ikryssad |"), "the protection-order box's state in Swedish");
            Assert.That(report, Does.Contain(string.Join('\n', purpose.ReplaceLineEndings("\n").Split('\n').Select(line => $"> {line}"))), "the whole Käyttötarkoitus, as the form holds it");
        });
    }

    private static Dictionary<string, string> Texts(string suffix) =>
        XDocument.Load(RepoPaths.File("src", "HakemusAutopilot", "Operator", $"Texts{suffix}.resx"))
            .Root!.Elements("data").ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>An address on this machine where nothing listens: the connection is refused at once.</summary>
    private static string ClosedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
