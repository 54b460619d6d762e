using Microsoft.Playwright;

namespace HakemusAutopilot.Operator;

/// <summary>The operator's keyboard: a line typed in the console.</summary>
internal interface IOperatorInput
{
    Task<string?> ReadLineAsync();
}

internal sealed class ConsoleInput : IOperatorInput
{
    public Task<string?> ReadLineAsync() => Task.Run(Console.In.ReadLine);
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

        var waits = new List<Task> { closed.Task, Task.Delay(Timeout.Infinite, cancellationToken) };
        if (enterEnds)
        {
            waits.Add(EnterAsync());
        }

        await Task.WhenAny(waits);
    }

    // With no keyboard (input at its end, as under a scheduler), only closing the browser ends the wait.
    private async Task EnterAsync()
    {
        if (await input.ReadLineAsync() is null)
        {
            await Task.Delay(Timeout.Infinite);
        }
    }
}
