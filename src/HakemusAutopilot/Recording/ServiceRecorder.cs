using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using HakemusAutopilot.Service;
using HakemusAutopilot.Walk;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Recording;

internal sealed record RecordedExchange(
    DateTimeOffset At,
    string Method,
    string Url,
    IReadOnlyDictionary<string, string> RequestHeaders,
    int Status,
    string StatusText,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    byte[] Body);

internal sealed record RecordedSnapshot(string Name, string Url, string Html);

/// <summary>
/// Keeps what the service sends to the browser, and the HTML of each step, in memory only: nothing reaches the
/// disk before <see cref="RecordingScrubber"/> has taken the personal data out. Pages of other hosts (the
/// identification service) are never kept.
/// </summary>
internal sealed class ServiceRecorder(Uri serviceOrigin, TimeProvider time, ILogger logger) : IStepCamera
{
    private const string SettledScript = """
        () => new Promise(resolve => {
          let quiet;
          const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, 500); });
          const longest = setTimeout(done, 5000);
          function done() { observer.disconnect(); clearTimeout(quiet); clearTimeout(longest); resolve(); }
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          quiet = setTimeout(done, 500);
        })
        """;

    private readonly ConcurrentQueue<RecordedExchange> exchanges = new();
    private readonly ConcurrentQueue<Task> pending = new();
    private readonly List<RecordedSnapshot> snapshots = [];
    private readonly HashSet<string> signedInNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> entered = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim snapshotting = new(1, 1);
    private Wizard? wizard;

    public Uri ServiceOrigin => serviceOrigin;

    public IReadOnlyCollection<string> SignedInNames => signedInNames;

    /// <summary>Whether any snapshot showed the application form: a recording that does not reach it cannot be rehearsed to the stop.</summary>
    public bool ReachedForm { get; private set; }

    /// <summary>Texts of more than one word the page sent: names and free text typed in, which answers may echo.</summary>
    public IReadOnlyCollection<string> EnteredValues => [.. entered.Keys];

    public void Attach(IBrowserContext context) => context.Response += (_, response) => pending.Enqueue(KeepAsync(response));

    /// <summary>The page whose steps are snapshotted and whose header names the signed-in person.</summary>
    public void Watch(Wizard watched) => wizard = watched;

    /// <summary>For a walk by hand: a snapshot whenever the page moves to another view of the service and has settled.</summary>
    public void SnapshotEveryView(Wizard watched)
    {
        wizard = watched;
        var page = watched.Page;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame && IsService(frame.Url))
            {
                pending.Enqueue(SnapshotWhenSettledAsync(page));
            }
        };
    }

    public Task CaptureAsync(string step, IReadOnlyList<ILocator> targets, IReadOnlyList<ILocator> personalFields) =>
        wizard is null ? Task.CompletedTask : SnapshotAsync(step);

    public async Task SnapshotAsync(string step)
    {
        if (wizard is not { Page: { IsClosed: false } shown })
        {
            return;
        }

        await snapshotting.WaitAsync();
        try
        {
            await LearnSignedInNameAsync();
            ReachedForm |= await wizard.Heading(wizard.Labels.FormHeading).IsVisibleAsync();
            var html = await shown.ContentAsync();
            if (snapshots.Count > 0 && snapshots[^1].Html == html)
            {
                return;
            }

            snapshots.Add(new RecordedSnapshot($"{snapshots.Count + 1:00}-{Slug(step)}", shown.Url, html));
        }
        catch (PlaywrightException ex)
        {
            logger.LogWarning("No snapshot of {Step}: {Reason}", step, ex.Message.Split('\n')[0]);
        }
        finally
        {
            snapshotting.Release();
        }
    }

    /// <summary>Waits for every answer still being read, then hands over what was kept.</summary>
    public async Task<(IReadOnlyList<RecordedExchange> Exchanges, IReadOnlyList<RecordedSnapshot> Snapshots)> FinishAsync()
    {
        while (pending.TryDequeue(out var task))
        {
            await task;
        }

        await LearnSignedInNameAsync();
        return ([.. exchanges.OrderBy(e => e.At)], [.. snapshots]);
    }

    private async Task SnapshotWhenSettledAsync(IPage shown)
    {
        try
        {
            await shown.EvaluateAsync(SettledScript);
            // Named after where the page is once settled: a quick hand may already have moved on.
            var fragment = new Uri(shown.Url).Fragment.TrimStart('#', '!', '/');
            await SnapshotAsync(fragment.Split('?')[0] is { Length: > 0 } route ? route : "start");
        }
        catch (PlaywrightException)
        {
            // The page moved on (or closed) before it settled; the next view gets its own snapshot.
        }
    }

    private async Task KeepAsync(IResponse response)
    {
        var request = response.Request;
        if (!IsService(request.Url) && (request.IsNavigationRequest || !IsService(FrameUrl(request))))
        {
            return;
        }

        NoteEntered(request);
        byte[] body;
        try
        {
            body = response.Status is >= 300 and < 400 ? [] : await response.BodyAsync();
        }
        catch (PlaywrightException)
        {
            body = [];
        }

        try
        {
            exchanges.Enqueue(new RecordedExchange(
                time.GetUtcNow(),
                request.Method,
                request.Url,
                await request.AllHeadersAsync(),
                response.Status,
                response.StatusText,
                await response.AllHeadersAsync(),
                body));
        }
        catch (PlaywrightException)
        {
            // The browser closed while the answer was being read; it was not complete anyway.
        }
    }

    private void NoteEntered(IRequest request)
    {
        string? sent;
        try
        {
            sent = request.PostData;
        }
        catch (PlaywrightException)
        {
            return;
        }

        if (string.IsNullOrEmpty(sent))
        {
            return;
        }

        IEnumerable<string> values;
        try
        {
            values = JsonNode.Parse(sent) is { } json ? StringsIn(json) : [];
        }
        catch (JsonException)
        {
            values = HttpUtility.ParseQueryString(sent).AllKeys.Select(k => HttpUtility.ParseQueryString(sent)[k] ?? string.Empty);
        }

        foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length >= 5 && v.Any(char.IsWhiteSpace)))
        {
            entered.TryAdd(value, 0);
        }
    }

    private static IEnumerable<string> StringsIn(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : StringsIn(p.Value)),
        JsonArray array => array.SelectMany(item => item is null ? [] : StringsIn(item)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    private async Task LearnSignedInNameAsync()
    {
        try
        {
            if (wizard is not { Page.IsClosed: false } || !await wizard.SignedInUser.IsVisibleAsync())
            {
                return;
            }

            var text = await wizard.SignedInUser.InnerTextAsync(new() { Timeout = 2000 });
            foreach (var line in text.Replace(wizard.Labels.LogOut, "\n", StringComparison.OrdinalIgnoreCase).Split('\n'))
            {
                if (line.Trim() is { Length: >= 3 } name)
                {
                    signedInNames.Add(name);
                }
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            logger.LogDebug("The signed-in name could not be read: {Reason}", ex.Message.Split('\n')[0]);
        }
    }

    private static string FrameUrl(IRequest request)
    {
        try
        {
            return request.Frame.Url;
        }
        catch (PlaywrightException)
        {
            // A service worker's request has no frame.
            return string.Empty;
        }
    }

    private bool IsService(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == serviceOrigin.Scheme
        && uri.Host.Equals(serviceOrigin.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == serviceOrigin.Port;

    private static string Slug(string step)
    {
        var chars = step.ToLower(CultureInfo.InvariantCulture).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "view" : slug[..Math.Min(slug.Length, 40)];
    }
}
