using HakemusAutopilot.Operator;
using HakemusAutopilot.Service;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Support;

/// <summary>An operator recording the service: logs in, walks to the catalogue by hand, then presses Enter.</summary>
internal sealed class PersonWalkingByHand : IRunObserver, IOperatorInput
{
    private readonly TaskCompletionSource<string?> enter = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task PageOpenedAsync(IPage page)
    {
        _ = Task.Run(() => WalkAsync(page));
        return Task.CompletedTask;
    }

    public Task HandedOverAsync(IPage page) => Task.CompletedTask;

    public bool CanAnswer(bool browserHidden) => false;

    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => enter.Task.WaitAsync(cancellationToken);

    public void ForgetTypedAhead()
    {
    }

    private async Task WalkAsync(IPage page)
    {
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Tunnistaudu" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Aloita uusi hakemus" }).ClickAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "Julkishallinto" }).WaitForAsync();
            enter.TrySetResult(string.Empty);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            enter.TrySetException(ex);
        }
    }
}
