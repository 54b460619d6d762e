using System.Globalization;
using HakemusAutopilot.Cli;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose)
    .CreateBootstrapLogger();

try
{
    return await CommandLine.InvokeAsync(args, Console.Out, Console.Error, new HostedCommands(Console.Out, Console.Error));
}
catch (Exception ex)
{
    Log.Fatal(ex, "HakemusAutopilot stopped unexpectedly");
    return HakemusAutopilot.Commands.ExitCodes.Failed;
}
finally
{
    await Log.CloseAndFlushAsync();
}
