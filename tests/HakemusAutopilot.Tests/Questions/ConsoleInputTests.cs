using System.IO.Pipes;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Tests.Questions;

/// <summary>The operator's keyboard: a line belongs to whoever asks next, never to a question that was already answered.</summary>
internal sealed class ConsoleInputTests
{
    [Test]
    public async Task A_line_typed_after_a_click_answered_the_question_goes_to_the_next_question()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var keyboard = new StreamReader(new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle));
        await using var typing = new StreamWriter(pipe) { AutoFlush = true };
        var input = new ConsoleInput(keyboard, isTerminal: true);

        using (var answeredByClick = new CancellationTokenSource())
        {
            var abandoned = input.ReadLineAsync(answeredByClick.Token);
            await answeredByClick.CancelAsync();
            Assert.That(async () => await abandoned, Throws.InstanceOf<OperationCanceledException>());
        }

        await typing.WriteLineAsync("2");
        var next = await input.ReadLineAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(next, Is.EqualTo("2"));
    }

    [Test]
    public async Task A_keyboard_at_its_end_answers_null_and_a_redirected_one_is_never_asked()
    {
        var input = new ConsoleInput(new StringReader(string.Empty), isTerminal: false);

        Assert.That(await input.ReadLineAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)), Is.Null);
        Assert.That(input.CanAnswer(browserHidden: false), Is.False);
        Assert.That(new ConsoleInput(new StringReader(string.Empty), isTerminal: true).CanAnswer(browserHidden: true), Is.False);
    }
}
