using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Rehearsal;

/// <summary>
/// Serves the replica at the real service's origin inside the browser, so a rehearsal and a live run share every
/// URL and every line of navigation code. Nothing else gets out: any other host is aborted and reported.
/// A fixtures folder made by <c>record</c> is played back from its recording, with the backend still answering
/// the draft saves.
/// </summary>
internal sealed class RehearsalRouting(ReplicaBackend backend, HarReplay? recording, ILogger<RehearsalRouting> logger)
{
    public List<string> Blocked { get; } = [];

    public ReplicaBackend Backend => backend;

    public HarReplay? Recording => recording;

    /// <summary>Requests a recording had no answer for: the walk went further than the recording did.</summary>
    public List<string> NotRecorded { get; } = [];

    /// <summary>DVV's own service (or one of its test environments), as opposed to a practice copy.</summary>
    public static bool IsRealService(Uri origin) =>
        origin.Host.Equals(Defaults.ServiceOrigin.Host, StringComparison.OrdinalIgnoreCase) || origin.Host.EndsWith(".dvv.fi", StringComparison.OrdinalIgnoreCase);

    public static RehearsalRouting ForFixtures(string fixturesDirectory, IReadOnlySet<string> variants, string language, TimeProvider time, ILoggerFactory loggers)
    {
        var site = Path.Combine(fixturesDirectory, "site");
        var recording = HarReplay.Load(site);
        if (recording is null && !File.Exists(Path.Combine(site, "index.html")))
        {
            throw new InvalidInputException(new OperatorText(nameof(Texts.FixturesWithoutReplica), Path.Combine(site, "index.html"), Path.Combine(site, Har.FileName)));
        }

        var logger = loggers.CreateLogger<RehearsalRouting>();
        if (recording is not null)
        {
            logger.LogInformation("Playing back the recording in {Site} ({Count} recorded answers)", site, recording.Count);
        }

        return new RehearsalRouting(new ReplicaBackend(site, variants, language, new ReplicaJournal(), time), recording, logger);
    }

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

        if (!Origins.Same(url, Defaults.ServiceOrigin))
        {
            if (recording?.Find(request.Method, url, Defaults.ServiceOrigin) is { } offsite)
            {
                await FulfillAsync(route, offsite.Status, offsite.ContentType, offsite.Body, offsite.Location);
                return;
            }

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

        if (!ReplicaPaths.IsBackend(url.AbsolutePath) && recording?.Find(request.Method, url, Defaults.ServiceOrigin) is { } recorded)
        {
            await FulfillAsync(route, recorded.Status, recorded.ContentType, recorded.Body, recorded.Location);
            return;
        }

        var response = await backend.HandleAsync(new ReplicaRequest(request.Method, url.AbsolutePath, request.PostDataBuffer), CancellationToken.None);
        if (recording is not null && response.Status is 404 or 405 && !ReplicaPaths.IsBackend(url.AbsolutePath))
        {
            lock (NotRecorded)
            {
                NotRecorded.Add($"{request.Method} {url.AbsolutePath}");
            }

            logger.LogWarning("The recording has no answer for {Method} {Path}", request.Method, url.AbsolutePath);
        }

        await FulfillAsync(route, response.Status, response.ContentType, response.Body, location: null, response.SetCookie);
    }

    private static Task FulfillAsync(IRoute route, int status, string contentType, byte[] body, string? location, string? setCookie = null)
    {
        var headers = new Dictionary<string, string> { ["Cache-Control"] = "no-store" };
        if (location is not null)
        {
            headers["Location"] = location;
        }

        if (setCookie is not null)
        {
            headers["Set-Cookie"] = setCookie;
        }

        return route.FulfillAsync(new RouteFulfillOptions { Status = status, ContentType = contentType, BodyBytes = body, Headers = headers });
    }
}
