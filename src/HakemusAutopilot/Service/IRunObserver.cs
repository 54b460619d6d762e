using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

/// <summary>Lets a caller watch a run's page: the tests play the person at the browser through it.</summary>
internal interface IRunObserver
{
    Task PageOpenedAsync(IPage page);

    Task HandedOverAsync(IPage page);
}
