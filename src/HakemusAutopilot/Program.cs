using System.Globalization;
using HakemusAutopilot.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose)
    .CreateBootstrapLogger();

var uiLanguage = "fi";
try
{
    var parsed = CommandLine.Parse(args, Console.Out, Console.Error);
    if (parsed.Request is not { } request)
    {
        return parsed.ExitCode ?? ExitCodes.Usage;
    }

    uiLanguage = request.UiLanguage;

    using var host = AppHost.Build(request);
    await host.StartAsync();
    var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
    var exitCode = await host.Services.GetRequiredService<CommandRunner>().RunAsync(request, Console.Out, stopping);
    await host.StopAsync(CancellationToken.None);
    return exitCode;
}
catch (Exception ex) when (ExitCodes.IsExpected(ex))
{
    if (!ExitCodes.IsAlreadyTold(ex))
    {
        // The operator reads one plain message in their language; the log keeps it in English.
        Console.Error.WriteLine(ExitCodes.Explain(ex, uiLanguage));
    }

    return ExitCodes.For(ex);
}
catch (Exception ex)
{
    Log.Fatal(ex, "HakemusAutopilot stopped unexpectedly");
    return ExitCodes.Failed;
}
finally
{
    await Log.CloseAndFlushAsync();
}
