using HakemusAutopilot.Operator;
using HakemusAutopilot.Service;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Support;

/// <summary>
/// Plays the operator who answers the tool's questions: each answer is a line typed at the console, or a click in the
/// browser (then nothing is typed). It reads the numbers the tool draws on the page, as a person would.
/// </summary>
internal sealed class OperatorAnswering(params OperatorAnswering.Answer[] answers) : IRunObserver, IOperatorInput
{
    public delegate Task<string?> Answer(IPage page);

    private IPage? page;
    private int next;

    /// <summary>How many answers the tool asked for.</summary>
    public int Asked => next;

    public static Answer Types(string line) => _ => Task.FromResult<string?>(line);

    /// <summary>Clicks where the element shows, as a person does: the tool's question lies over the page meanwhile.</summary>
    public static Answer Clicks(Func<IPage, ILocator> target) => async page =>
    {
        await target(page).ScrollIntoViewIfNeededAsync();
        var box = await target(page).BoundingBoxAsync() ?? throw new InvalidOperationException("The element to click is not shown.");
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        return null;
    };

    /// <summary>Types the number the tool drew beside the element, read off the page.</summary>
    public static Answer TypesTheNumberOf(Func<IPage, ILocator> target) => async page =>
    {
        var box = await target(page).BoundingBoxAsync() ?? throw new InvalidOperationException("The element to answer with is not shown.");
        var numbers = await page.Locator("[data-hakemus-autopilot-merkki=kysymys] > div").EvaluateAllAsync<double[][]>(
            "boxes => boxes.map(b => { const r = b.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, Number(b.textContent)]; })");
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        var number = numbers.Single(n => n[0] <= x && x <= n[2] && n[1] <= y && y <= n[3])[4];
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    };

    public Task PageOpenedAsync(IPage opened)
    {
        page = opened;
        return Task.CompletedTask;
    }

    public Task HandedOverAsync(IPage handedOver) => Task.CompletedTask;

    public bool CanAnswer(bool browserHidden) => true;

    public void ForgetTypedAhead()
    {
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (next >= answers.Length || page is null)
            {
                next++;
                throw new InvalidOperationException($"The tool asked for answer {next}, and the script has {answers.Length}.");
            }

            if (await answers[next++](page) is { } line)
            {
                return line;
            }

            if (next == answers.Length)
            {
                // The click was the answer: nothing more is typed.
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            // A person reads the tool's reply to a click before doing anything else.
            await page.WaitForFunctionAsync("() => window.__hakemusVastaus === null");
        }
    }
}
