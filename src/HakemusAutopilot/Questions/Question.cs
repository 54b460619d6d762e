using System.Globalization;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Service.Resolving;

namespace HakemusAutopilot.Questions;

/// <summary>An intent the resolver could not place with certainty, the candidates it offers, numbered from 1.</summary>
internal sealed record Question(string Step, Intent Intent, IReadOnlyList<Candidate> Candidates, bool CanSkip)
{
    public const int MaxCandidates = 5;
}

/// <summary>The tool is not sure and nobody can be asked now (a hidden browser, no keyboard, or no answer in time).</summary>
internal sealed class OpenQuestionException(Question question, bool timedOut = false)
    : OperatorException(new OperatorText(timedOut ? nameof(Texts.OpenQuestionTimedOut) : nameof(Texts.OpenQuestionNobodyToAsk), question.Intent, Listed(question))),
      IStopsForOperator
{
    public Question Question => question;

    private static string Listed(Question question) => question.Candidates.Count == 0
        ? "–"
        : string.Join("; ", question.Candidates.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {c.Describe()}")));
}
