using System.CommandLine;
using System.Net;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Rehearsal;

internal sealed record ServeRequest(int Port, string Language, IReadOnlySet<string> Variants, string? FixturesDirectory = null);

/// <summary>
/// `serve-replica`: the bundled replica on a loopback port, so staff can practise the live commands (`run`,
/// `record`, `check --live`) with `--base-url` and no real service.
/// </summary>
internal sealed class ServeReplicaCommand(Service.LabelMap labelMap, TimeProvider time)
{
    public static Command Create(ICommandServices services)
    {
        var port = new Option<int>("--port") { Description = "The loopback port (default: a free one)." };
        port.Validators.Add(result =>
        {
            // An unparsable value is already reported by the parser; reading it here would throw.
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var number) && number is < 0 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535.");
            }
        });
        var command = new Command("serve-replica", "Serve the bundled replica on a loopback port, to practise run, record and check --live with --base-url.")
        {
            port, CommandOptions.ServiceLanguage, Replicas.Replica, Replicas.Variants,
        };
        command.SetHandler<ServeReplicaCommand>(services, (serve, parse, context) => serve.RunAsync(
            new ServeRequest(parse.GetValue(port), parse.GetValue(CommandOptions.ServiceLanguage)!, Replicas.VariantsOf(parse), Replicas.FolderOf(parse)),
            context,
            context.Cancellation));
        return command;
    }

    public async Task<int> RunAsync(ServeRequest request, CommandContext context, CancellationToken cancellationToken)
    {
        var backend = new ReplicaBackend(Path.Combine(request.FixturesDirectory ?? Defaults.Fixtures, "site"), request.Variants, request.Language, new ReplicaJournal(), time);
        LoopbackReplicaServer server;
        try
        {
            server = new LoopbackReplicaServer(backend, request.Port);
        }
        catch (HttpListenerException ex)
        {
            throw new InvalidInputException(new OperatorText(nameof(Texts.PortUnusable), request.Port, ex.Message), ex);
        }

        await using (server)
        {
            context.Output.WriteLine(OperatorText.Say(nameof(Texts.ServeReplicaListening), context.UiLanguage, server.BaseUrl, labelMap.For(request.Language).Identify));
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how this command ends.
            }
        }

        return ExitCodes.ReachedTheStop;
    }
}
