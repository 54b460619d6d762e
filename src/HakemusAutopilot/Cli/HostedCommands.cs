using System.CommandLine;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HakemusAutopilot.Cli;

/// <summary>
/// Each command in a host of its own, built for its command line. A failure the tool foresaw ends here: told once, in
/// the operator's language, with its exit code. Anything else is a fault and goes on to Program.cs.
/// The optional hooks are the tests': their own services (a runs folder, shared browsers, a person at the keyboard),
/// a look at the host's services, and the failure itself. A command that opens a browser starts the Playwright driver
/// first, so that it is ready when the host and the profile are; tests that share browsers need no driver of their own.
/// </summary>
internal sealed class HostedCommands(
    TextWriter output,
    TextWriter error,
    Action<IServiceCollection>? overrides = null,
    Action<IServiceProvider>? started = null,
    Action<Exception>? failed = null,
    bool startDriverEarly = true)
    : ICommandServices
{
    public async Task<int> RunAsync<THandler>(ParseResult parse, Func<THandler, CommandContext, Task<int>> handler, CancellationToken cancellation)
        where THandler : notnull
    {
        var language = parse.GetValue(CommandOptions.UiLanguage) ?? OperatorText.DefaultLanguage;
        try
        {
            using var driver = typeof(IOpensBrowser).IsAssignableFrom(typeof(THandler)) && startDriverEarly ? PlaywrightDriver.StartedEarly() : new PlaywrightDriver();
            using var host = AppHost.Build(parse.GetValue(CommandOptions.Verbose), services =>
            {
                services.AddSingleton(driver);
                overrides?.Invoke(services);
            });
            started?.Invoke(host.Services);
            await StartAsync(host, cancellation);
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            var code = await handler(host.Services.GetRequiredService<THandler>(), new CommandContext(output, language, stopping.Token));
            await host.StopAsync(CancellationToken.None);
            return code;
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            failed?.Invoke(ex);
            if (!ExitCodes.IsAlreadyTold(ex))
            {
                // The operator reads one plain message in their language; the log keeps it in English.
                error.WriteLine(ExitCodes.Explain(ex, language));
            }

            return ExitCodes.For(ex);
        }
    }

    private static async Task StartAsync(IHost host, CancellationToken cancellation)
    {
        try
        {
            await host.StartAsync(cancellation);
        }
        catch (InvalidOperationException ex)
        {
            // Starting binds and validates every setting; a value the binder cannot convert is the operator's to fix.
            throw new InvalidInputException(new OperatorText(nameof(Texts.SettingsInvalid), ExitCodes.Details(ex)), ex);
        }
    }
}
