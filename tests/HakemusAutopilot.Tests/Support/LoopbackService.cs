using HakemusAutopilot.Rehearsal;

namespace HakemusAutopilot.Tests.Support;

/// <summary>The replica on a loopback HTTP server, standing in for the real service in live-path tests.</summary>
internal sealed class LoopbackService : IAsyncDisposable
{
    private readonly LoopbackReplicaServer server;
    private readonly ReplicaBackend backend;

    public LoopbackService(params string[] variants)
    {
        Journal = new ReplicaJournal();
        backend = new ReplicaBackend(RepoPaths.Fixtures("site"), new HashSet<string>(variants), "fi", Journal, TimeProvider.System);
        server = new LoopbackReplicaServer(backend);
    }

    public ReplicaJournal Journal { get; }

    public Uri BaseUrl => server.BaseUrl;

    public IEnumerable<string> IssuedSecrets => backend.IssuedSecrets;

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
