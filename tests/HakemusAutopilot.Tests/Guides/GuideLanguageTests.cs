using System.Globalization;
using System.Text.RegularExpressions;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Guides;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Service;
using HakemusAutopilot.Tests.Profile;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Guides;

[Parallelizable(ParallelScope.All)]
internal sealed partial class GuideLanguageTests
{
    private static readonly LabelMap Labels = LabelMap.Load(RepoPaths.File("src", "HakemusAutopilot", "Service", LabelMap.FileName));

    private static readonly Once<IReadOnlyDictionary<string, string>> Guides = new(MakeGuidesAsync);

    [TestCase("sv", "## 2. Klicka på ”Påbörja en ny ansökan”.", "anvisning.pdf")]
    [TestCase("en", "## 2. Click “Fill in a new application”.", "guide.pdf")]
    public async Task Guide_of_a_profile_in_another_language_is_written_in_that_language(string language, string secondStep, string pdf)
    {
        var folder = (await Guides.GetAsync())[language];
        var labels = Labels.For(language);

        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "index.md"));
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain(secondStep));
            Assert.That(markdown.Split('\n')[0], Does.EndWith($"{labels.ChangeInterfaceService} (OPISKELIJA)").And.Not.Contain("Ohje"));
            Assert.That(markdown, Does.Contain($"{labels.SendButton}”"));
            Assert.That(markdown, Does.Contain($"{labels.TechnicalContact} / {labels.Name}\n"), "the key names the page's fields");
            Assert.That(html, Does.Contain($"<html lang=\"{language}\">"));
            Assert.That(FinnishWords().Where(words => markdown.Contains(words, StringComparison.Ordinal) || html.Contains(words, StringComparison.Ordinal)), Is.Empty);
            Assert.That(Path.Combine(folder, pdf), Does.Exist);
            Assert.That(Path.Combine(folder, "ohje.pdf"), Does.Not.Exist);
        });
    }

    [TestCase("sv", "anvisning.pdf")]
    [TestCase("en", "guide.pdf")]
    public async Task The_PDF_in_another_language_also_gives_each_step_one_page_after_a_title_page(string language, string pdf)
    {
        var folder = (await Guides.GetAsync())[language];

        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, pdf));

        Assert.That(PdfText.Pages(bytes), Is.EqualTo(Directory.GetFiles(Path.Combine(folder, "images"), "*.png").Length + 1));
        Assert.That(bytes, Has.Length.LessThan(3 * 1024 * 1024));
    }

    [Test]
    public async Task A_quoted_word_the_label_map_marks_unconfirmed_is_flagged_and_the_title_page_says_why()
    {
        var folder = (await Guides.GetAsync())["sv"];
        var labels = Labels.For("sv");
        var words = GuideWords.For("sv", labels);

        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "index.md"));

        Assert.That(Labels.IsConfirmed("sv", "publicAdministrationTab"), Is.False, "the case needs an unconfirmed word");
        Assert.That(Labels.IsConfirmed("sv", "startNewApplication"), Is.True, "the case needs a confirmed word");
        Assert.That(markdown, Does.Contain($"”{labels.PublicAdministrationTab}”{GuideWords.GuessMark}"));
        Assert.That(markdown, Does.Contain($"”{labels.StartNewApplication}”.").And.Not.Contain($"”{labels.StartNewApplication}”{GuideWords.GuessMark}"));
        Assert.That(markdown.IndexOf(words.GuessNote, StringComparison.Ordinal), Is.GreaterThan(0).And.LessThan(markdown.IndexOf("## 1.", StringComparison.Ordinal)));
    }

    [Test]
    public void A_guide_can_be_written_in_every_language_a_profile_may_have()
    {
        var finnish = GuideWords.For("fi", Labels.For("fi"));

        Assert.Multiple(() =>
        {
            foreach (var language in ProfileRules.Languages)
            {
                var words = GuideWords.For(language, Labels.For(language));
                Assert.That(GuideWords.StepKeys.Where(key => !words.Steps.ContainsKey(key)), Is.Empty, $"{language}: every step has its own words");
                Assert.That(GuideWords.StepKeys.Where(key => language != "fi" && words.Step(key).Title == finnish.Step(key).Title), Is.Empty, $"{language}: every step is said in the guide's own language");
                Assert.That(CultureInfo.GetCultureInfo(words.Locale).TwoLetterISOLanguageName, Is.EqualTo(language));
            }
        });
    }

    [Test]
    public void Every_quoted_word_of_the_guide_is_the_services_own_from_the_label_map()
    {
        Assert.Multiple(() =>
        {
            foreach (var language in ProfileRules.Languages)
            {
                var labels = Labels.For(language);
                var known = typeof(ServiceLabels).GetProperties().Select(p => p.GetValue(labels)).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var quoted = Texts(GuideWords.For(language, labels))
                    .SelectMany(text => Quoted().Matches(text).Select(m => m.Groups[1].Value))
                    .ToArray();

                Assert.That(quoted, Has.Length.GreaterThan(10), language);
                Assert.That(quoted.Where(q => !known.Contains(q)), Is.Empty, language);
            }
        });
    }

    private static IEnumerable<string> FinnishWords() => Texts(GuideWords.For("fi", Labels.For("fi"))).Where(text => text.Length > 0);

    private static IEnumerable<string> Texts(GuideWords words) =>
        words.Steps.Values
            .SelectMany(step => new[] { step.Title, step.Check, step.Warning ?? string.Empty })
            .Concat([words.Heading, words.CheckCaption, words.NoteCaption, words.FromReplica, words.GuessNote, words.LeaveUntickedKey, words.YouSendKey, words.ProtectionOrderWarning, words.FilledCheck]);

    private static async Task<IReadOnlyDictionary<string, string>> MakeGuidesAsync()
    {
        using var profiles = new TemporaryFolder();
        string[] languages = ["sv", "en"];
        var folders = languages.ToDictionary(language => language, _ => ToolProcess.TempDirectory());
        foreach (var language in languages)
        {
            var run = await Tool.RunWithSmallPicturesAsync("guide", "--profile", ExampleProfiles.VocationalIn(language, profiles), "--out", folders[language]);
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        }

        return folders;
    }

    [GeneratedRegex("[”“]([^”]+)”")]
    private static partial Regex Quoted();
}
