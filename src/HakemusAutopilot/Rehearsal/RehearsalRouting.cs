using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Rehearsal;

/// <summary>
/// Serves the replica at the real service's origin inside the browser, so a rehearsal and a live run share every
/// URL and every line of navigation code. Nothing else gets out: any other host is aborted and reported.
/// </summary>
internal sealed class RehearsalRouting(ReplicaBackend backend, ILogger<RehearsalRouting> logger)
{
    public static readonly Uri ServiceOrigin = new("https://asiointi.dvv.fi/");

    public List<string> Blocked { get; } = [];

    public Task AttachAsync(IBrowserContext context) => context.RouteAsync("**/*", HandleAsync);

    private async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        var url = new Uri(request.Url);
        if (url.IsFile)
        {
            // A local file (a written guide opened for a look) is not a request to any host.
            await route.ContinueAsync();
            return;
        }

        if (!IsServiceOrigin(url))
        {
            lock (Blocked)
            {
                Blocked.Add($"{request.Method} {url.GetLeftPart(UriPartial.Path)}");
            }

            logger.LogWarning("Blocked a request to {Host} that left the replica", url.Host);
            await route.AbortAsync("blockedbyclient");
            return;
        }

        if (url.AbsolutePath == ReplicaPaths.Submit)
        {
            backend.Journal.Add(new JournalEntry(DateTimeOffset.UtcNow, request.Method, url.AbsolutePath, request.PostData ?? string.Empty, Blocked: true));
            logger.LogError("The page tried to send the application; the rehearsal aborted the request");
            await route.AbortAsync("blockedbyclient");
            return;
        }

        var response = await backend.HandleAsync(new ReplicaRequest(request.Method, url.AbsolutePath, request.PostDataBuffer), CancellationToken.None);
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = response.Status,
            ContentType = response.ContentType,
            BodyBytes = response.Body,
            Headers = new Dictionary<string, string> { ["Cache-Control"] = "no-store" },
        });
    }

    private static bool IsServiceOrigin(Uri url) =>
        url.Scheme == ServiceOrigin.Scheme && url.Host.Equals(ServiceOrigin.Host, StringComparison.OrdinalIgnoreCase) && url.Port == ServiceOrigin.Port;
}
