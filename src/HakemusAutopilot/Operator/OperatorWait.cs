using System.Threading.Channels;
using Microsoft.Playwright;

namespace HakemusAutopilot.Operator;

/// <summary>The operator's keyboard: lines typed in the console.</summary>
internal interface IOperatorInput
{
    /// <summary>Whether a person can answer a question here: someone sees the browser and types at a terminal.</summary>
    bool CanAnswer(bool browserHidden);

    /// <summary>The next line typed; null when the input has ended.</summary>
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);

    /// <summary>Drops what was typed before a question was put, so that a stray Enter answers nothing.</summary>
    void ForgetTypedAhead();
}

/// <summary>
/// Standard input, read line by line on its own thread into a queue: a read that a question gives up on (because a
/// click answered it) must not swallow the next line, which belongs to whoever asks next.
/// </summary>
internal sealed class ConsoleInput(TextReader keyboard, bool isTerminal) : IOperatorInput
{
    private readonly Lazy<ChannelReader<string>> lines = new(() => StartReading(keyboard));

    public ConsoleInput()
        : this(Console.In, !Console.IsInputRedirected)
    {
    }

    public bool CanAnswer(bool browserHidden) => !browserHidden && isTerminal;

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await lines.Value.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public void ForgetTypedAhead()
    {
        while (lines.IsValueCreated && lines.Value.TryRead(out _))
        {
        }
    }

    // A signal to the process (a child exiting) interrupts a read from a pipe; that is no end of the input.
    private static string? ReadLine(TextReader keyboard)
    {
        while (true)
        {
            try
            {
                return keyboard.ReadLine();
            }
            catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.Interrupted })
            {
            }
        }
    }

    private static ChannelReader<string> StartReading(TextReader keyboard)
    {
        var channel = Channel.CreateUnbounded<string>(new() { SingleWriter = true });
        var reader = new Thread(() =>
        {
            try
            {
                while (ReadLine(keyboard) is { } line)
                {
                    channel.Writer.TryWrite(line);
                }
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // A keyboard that fails (a closed terminal, an interrupted read) is a keyboard at its end: only clicks answer now.
            }
            finally
            {
                channel.Writer.TryComplete();
            }
        })
        { IsBackground = true, Name = "operator keyboard" };
        reader.Start();
        return channel.Reader;
    }
}

/// <summary>Waits for the person at the browser to finish: they close it, press Enter (when asked to), or press Ctrl+C.</summary>
internal sealed class OperatorWait(IOperatorInput input)
{
    public async Task UntilDoneAsync(IBrowser browser, IPage page, bool enterEnds, CancellationToken cancellationToken)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        browser.Disconnected += (_, _) => closed.TrySetResult();
        page.Close += (_, _) => closed.TrySetResult();
        if (!browser.IsConnected || page.IsClosed)
        {
            // Closed before anyone was listening: the operator is already done.
            return;
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var waits = new List<Task> { closed.Task, Task.Delay(Timeout.Infinite, cancellationToken) };
        if (enterEnds)
        {
            waits.Add(EnterAsync(waiting.Token));
        }

        await Task.WhenAny(waits);
        await waiting.CancelAsync();
    }

    // With no keyboard (input at its end, as under a scheduler), only closing the browser ends the wait.
    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        input.ForgetTypedAhead();
        if (await input.ReadLineAsync(cancellationToken) is null)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
