using System.Text;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Guides;

/// <summary>
/// A guide writer's own text, kept in a Markdown file of their own so that it survives every regeneration: text before
/// the first heading goes under the guide's title, and each "## step-key" section under that step.
/// </summary>
internal sealed class GuideNotes
{
    private readonly Dictionary<string, string> byStep;

    private GuideNotes(string intro, Dictionary<string, string> byStep)
    {
        Intro = intro;
        this.byStep = byStep;
    }

    public static GuideNotes None { get; } = new(string.Empty, []);

    public string Intro { get; }

    public string For(string stepKey) => byStep.GetValueOrDefault(stepKey, string.Empty);

    public static GuideNotes Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(
                ex is FileNotFoundException or DirectoryNotFoundException ? new OperatorText(nameof(Texts.NotesMissing), path) : new OperatorText(nameof(Texts.NotesUnreadable), path, ex.Message),
                ex);
        }

        var intro = new StringBuilder();
        var sections = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        var current = intro;
        var lineNumber = 0;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            if (!line.StartsWith("## ", StringComparison.Ordinal))
            {
                current.Append(line).Append('\n');
                continue;
            }

            var heading = line[3..].Trim();
            var key = heading.ToLowerInvariant();
            if (!GuideWords.StepKeys.Contains(key, StringComparer.Ordinal))
            {
                var nearest = GuideWords.StepKeys.MinBy(k => EditDistance.Between(key, k))!;
                throw new InvalidInputException(new OperatorText(nameof(Texts.NotesUnknownStep), path, lineNumber, heading, nearest, string.Join(", ", GuideWords.StepKeys)));
            }

            if (!sections.TryAdd(key, current = new StringBuilder()))
            {
                throw new InvalidInputException(new OperatorText(nameof(Texts.NotesSecondSection), path, lineNumber, key));
            }
        }

        return new GuideNotes(intro.ToString().Trim(), sections.ToDictionary(s => s.Key, s => s.Value.ToString().Trim(), StringComparer.Ordinal));
    }
}
