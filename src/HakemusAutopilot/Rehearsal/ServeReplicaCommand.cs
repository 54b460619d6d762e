using System.Net;
using HakemusAutopilot.Cli;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Walk;

namespace HakemusAutopilot.Rehearsal;

internal sealed record ServeRequest(int Port, string Language, IReadOnlySet<string> Variants, string? FixturesDirectory = null);

/// <summary>
/// `serve-replica`: the bundled replica on a loopback port, so staff can practise the live commands (`run`,
/// `record`, `check --live`) with `--base-url` and no real service.
/// </summary>
internal sealed class ServeReplicaCommand(Service.LabelMap labelMap, TimeProvider time)
{
    public async Task<int> RunAsync(ServeRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        var backend = new ReplicaBackend(Path.Combine(request.FixturesDirectory ?? RunSession.DefaultFixtures, "site"), request.Variants, request.Language, new ReplicaJournal(), time);
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
            output.WriteLine($"""
                The replica answers at {server.BaseUrl} (on this machine only). Its login is simulated: press "{labelMap.For(request.Language).Identify}".
                Practise the live commands against it, for example:
                  run --profile fixtures/profiles/ammattiopisto.json --base-url {server.BaseUrl}
                  record --out recordings/practice --base-url {server.BaseUrl}
                Press Ctrl+C to stop.
                """);
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
