using System.Text.Json;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Drift;

/// <summary>What `check` tells the person at the keyboard, in their language.</summary>
internal sealed class CheckConsole(TextWriter output, string uiLanguage)
{

    public void Write(CheckReport report, CheckRequest request, Provenance provenance, string labelMapPath)
    {
        var source = provenance.Name;
        if (request.Live)
        {
            Say(nameof(Texts.CheckCheckedLive), source, request.BaseUrl, labelMapPath, request.Language);
        }
        else if (provenance.RecordedFrom is { } from)
        {
            Say(nameof(Texts.CheckCheckedRecording), source, from, labelMapPath, request.Language);
        }
        else
        {
            Say(nameof(Texts.CheckChecked), source, labelMapPath, request.Language);
        }

        foreach (var step in report.Steps)
        {
            Say(step.Missing.Count == 0 ? nameof(Texts.CheckStepOk) : nameof(Texts.CheckStepChanged), OperatorConsole.StepName(step.Step), step.Found.Count, step.Missing.Count);
            // Only a source that can confirm gets a line per word; otherwise the summary below says it once.
            foreach (var word in step.Found.Where(w => w.Unconfirmed && provenance.CanConfirm))
            {
                Say(nameof(Texts.CheckFoundUnconfirmed), Word(word), source, word.Key);
            }

            foreach (var word in step.Missing)
            {
                Say(
                    nameof(Texts.CheckMissing),
                    Word(word),
                    word.Nearest is null ? string.Empty : new OperatorText(nameof(Texts.CheckNearest), word.Nearest),
                    word.Unconfirmed ? new OperatorText(nameof(Texts.CheckMissingUnconfirmed), word.Key, source) : string.Empty);
            }
        }

        WriteUnconfirmed(report.Unconfirmed, request.Language, source, provenance);
        WriteSuggestions(report.Suggestions, request.Language, labelMapPath);
        foreach (var answer in report.Remembered)
        {
            Say(answer.StillMatches ? nameof(Texts.CheckRemembered) : nameof(Texts.CheckRememberedOutdated), OperatorConsole.StepName(answer.Step), answer.Intent, answer.Element);
        }

        if (report.NotRecorded.Count > 0)
        {
            Say(nameof(Texts.CheckNotRecorded), string.Join(", ", report.NotRecorded));
        }

        Say(report.Verdict switch
        {
            CheckReport.Incomplete => nameof(Texts.CheckVerdictIncomplete),
            CheckReport.Changed => nameof(Texts.CheckVerdictChanged),
            _ => nameof(Texts.CheckVerdictOk),
        });
    }

    private void WriteUnconfirmed(UnconfirmedSummary summary, string language, OperatorText source, Provenance provenance)
    {
        if (summary.Expected == 0)
        {
            Say(nameof(Texts.CheckUnconfirmedNone), language);
            return;
        }

        Say(nameof(Texts.CheckUnconfirmedSummary), summary.Expected, language, source, summary.Seen);
        if (summary.SeenKeys.Count > 0)
        {
            var keys = string.Join(", ", summary.SeenKeys);
            if (provenance.CanConfirm)
            {
                Say(nameof(Texts.CheckUnconfirmedSeen), language, keys);
            }
            else
            {
                Say(nameof(Texts.CheckUnconfirmedSeenNotConfirming), provenance.WhyNot, keys);
            }
        }

        if (summary.NotSeenKeys.Count > 0)
        {
            Say(nameof(Texts.CheckUnconfirmedNotSeen), string.Join(", ", summary.NotSeenKeys));
        }
    }

    private void WriteSuggestions(IReadOnlyList<LabelSuggestion> suggestions, string language, string labelMapPath)
    {
        if (suggestions.Count == 0)
        {
            return;
        }

        Say(nameof(Texts.CheckSuggestions), language);
        foreach (var suggestion in suggestions)
        {
            output.WriteLine($"  {JsonSerializer.Serialize(suggestion.Key, ToolJson.Line)}: {JsonSerializer.Serialize(suggestion.Name, ToolJson.Line)}");
        }

        Say(nameof(Texts.CheckSuggestionsWhere), language, labelMapPath);
    }

    private static OperatorText Word(WordFinding word)
    {
        var kind = Kinds.Of(word.Kind);
        return word.Group is null
            ? new OperatorText(nameof(Texts.CheckWord), kind, word.Name)
            : new OperatorText(nameof(Texts.CheckWordInGroup), kind, word.Name, word.Group);
    }

    private void Say(string key, params object?[] args) => output.WriteLine(OperatorText.Say(key, uiLanguage, args));
}
