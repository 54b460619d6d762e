using System.Net;
using System.Net.Sockets;

namespace HakemusAutopilot.Rehearsal;

/// <summary>The replica on a real HTTP server on loopback, for exercising the live code path without routing.</summary>
internal sealed class LoopbackReplicaServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ReplicaBackend backend;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    public LoopbackReplicaServer(ReplicaBackend backend, int port = 0)
    {
        this.backend = backend;
        port = port == 0 ? FreePort() : port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUrl.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().WaitAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, stopping.Token);
            var response = await backend.HandleAsync(new ReplicaRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, body.ToArray()), stopping.Token);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            context.Response.Headers["Cache-Control"] = "no-store";
            if (response.SetCookie is not null)
            {
                context.Response.Headers["Set-Cookie"] = response.SetCookie;
            }

            await context.Response.OutputStream.WriteAsync(response.Body, stopping.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or IOException)
        {
            // The browser went away or the server is stopping; there is no one left to answer.
        }
        finally
        {
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Close();
        await loop;
        stopping.Dispose();
    }
}
