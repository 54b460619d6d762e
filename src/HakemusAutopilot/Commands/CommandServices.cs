using System.CommandLine;

namespace HakemusAutopilot.Commands;

/// <summary>What a command's handler is given besides its own service: where to write, in which language, and when to stop.</summary>
internal sealed record CommandContext(TextWriter Output, string UiLanguage, CancellationToken Cancellation);

/// <summary>Runs a command's handler in a host built for that command line (its language, its verbosity).</summary>
internal interface ICommandServices
{
    Task<int> RunAsync<THandler>(ParseResult parse, Func<THandler, CommandContext, Task<int>> handler, CancellationToken cancellation)
        where THandler : notnull;
}

internal static class CommandExtensions
{
    /// <summary>The command's action: its feature's handler, resolved from a host of its own.</summary>
    public static void SetHandler<THandler>(this Command command, ICommandServices services, Func<THandler, ParseResult, CommandContext, Task<int>> handler)
        where THandler : notnull =>
        command.SetAction((parse, cancellation) => services.RunAsync<THandler>(parse, (service, context) => handler(service, parse, context), cancellation));

    public static IReadOnlySet<string> Set(this string[]? values) => new HashSet<string>(values ?? [], StringComparer.Ordinal);
}
