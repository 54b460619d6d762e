using HakemusAutopilot.Service.Resolving;

namespace HakemusAutopilot.Service;

/// <summary>Who decides where the resolver is not sure: the operator, asked now or answering as before.</summary>
internal interface IOperatorAnswers
{
    bool CanAsk { get; }

    /// <summary>The step the walk is at, which an answer is remembered for.</summary>
    string Step { get; set; }

    /// <summary>The element an earlier answer names for the intent, when the page still shows it as it was.</summary>
    Resolution? Recall(Intent intent, IReadOnlyList<Candidate> scan, bool lastLook = false);

    /// <summary>Decides an intent the resolver could not; null when the operator takes it over by hand.</summary>
    Task<Resolution?> AnswerAsync(Intent intent, IReadOnlyList<Scored> ranked, IReadOnlyList<Candidate> scan, bool canSkip, bool recall = true, IReadOnlySet<string>? taken = null);
}
