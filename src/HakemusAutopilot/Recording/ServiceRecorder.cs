using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service;
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

internal sealed record RecordedSnapshot(int Number, string Step, string Url, string Html);

/// <summary>
/// Keeps what the service sends to the browser, and the HTML of each step, in memory only: nothing reaches the
/// disk before <see cref="RecordingScrubber"/> has taken the personal data out. Pages of other hosts (the
/// identification service) are never kept.
/// </summary>
internal sealed class ServiceRecorder(Uri serviceOrigin, TimeProvider time, ILogger logger) : IStepCamera
{
    // A form's fields, not an uploaded file: larger bodies are not searched for typed values.
    private const int MaxEnteredBody = 256 * 1024;

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

    private static readonly HashSet<string> AssetTypes = new(StringComparer.Ordinal) { "stylesheet", "script", "font", "image" };

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

    private volatile bool stopped;

    public void Attach(IBrowserContext context) => context.Response += (_, response) =>
    {
        if (!stopped)
        {
            pending.Enqueue(KeepAsync(response));
        }
    };

    /// <summary>
    /// Nothing after this point is kept: in a live run the operator's own review and sending follow, and in a walk by
    /// hand the writing of the recording.
    /// </summary>
    public void Stop() => stopped = true;

    /// <summary>The page whose steps are snapshotted and whose header names the signed-in person.</summary>
    public void Watch(Wizard watched) => wizard = watched;

    /// <summary>For a walk by hand: a snapshot whenever the page moves to another view of the service and has settled.</summary>
    public void SnapshotEveryView(Wizard watched)
    {
        wizard = watched;
        var page = watched.Page;
        page.FrameNavigated += (_, frame) =>
        {
            if (!stopped && frame == page.MainFrame && IsService(frame.Url))
            {
                pending.Enqueue(SnapshotWhenSettledAsync(page));
            }
        };
    }

    public Task CaptureAsync(string step, IReadOnlyList<StepTarget> targets, IReadOnlyList<ILocator> personalFields) =>
        wizard is null ? Task.CompletedTask : SnapshotAsync(step);

    /// <param name="step">What the snapshot is named after.</param>
    /// <param name="last">The closing snapshot, taken after <see cref="Stop"/>.</param>
    public async Task SnapshotAsync(string step, bool last = false)
    {
        if (wizard is not { Page: { IsClosed: false } shown } || (stopped && !last))
        {
            return;
        }

        await snapshotting.WaitAsync();
        try
        {
            await LearnSignedInNameAsync();
            ReachedForm |= await wizard.Heading(wizard.Labels.FormHeading).IsVisibleAsync();
            var html = await shown.ContentAsync();
            // The closing snapshot is kept even when nothing changed, so that a recording always says where it ended.
            if (!last && snapshots.Count > 0 && snapshots[^1].Html == html)
            {
                return;
            }

            snapshots.Add(new RecordedSnapshot(snapshots.Count + 1, step, shown.Url, html));
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
        Stop();
        while (pending.TryDequeue(out var task))
        {
            try
            {
                await task;
            }
            catch (Exception ex)
            {
                // One answer that could not be kept must not cost the rest of the recording.
                logger.LogWarning(ex, "An answer was left out of the recording");
            }
        }

        await snapshotting.WaitAsync();
        try
        {
            await LearnSignedInNameAsync();
            return ([.. exchanges.OrderBy(e => e.At)], [.. snapshots]);
        }
        finally
        {
            snapshotting.Release();
        }
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
        // Other hosts only for what a service page needs to look right; their calls (analytics beacons) are not kept.
        if (!IsService(request.Url) && (request.IsNavigationRequest || !IsService(FrameUrl(request)) || !AssetTypes.Contains(request.ResourceType)))
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
        string type;
        try
        {
            type = request.Headers.TryGetValue("content-type", out var value) ? value : string.Empty;
            sent = request.PostData;
        }
        catch (PlaywrightException)
        {
            return;
        }

        if (string.IsNullOrEmpty(sent) || sent.Length > MaxEnteredBody)
        {
            return;
        }

        IEnumerable<string> values;
        try
        {
            values = type.Contains("json", StringComparison.OrdinalIgnoreCase) && JsonNode.Parse(sent) is { } json ? StringsIn(json)
                : type.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) ? FormValues(sent)
                : [];
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return;
        }

        foreach (var text in values.Select(v => v.Trim()).Where(v => v.Length >= 5 && v.Any(char.IsWhiteSpace)))
        {
            entered.TryAdd(text, 0);
        }
    }

    private static IEnumerable<string> FormValues(string sent)
    {
        var form = HttpUtility.ParseQueryString(sent);
        return form.AllKeys.Select(k => form[k] ?? string.Empty);
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
            if (wizard is not { Page.IsClosed: false })
            {
                return;
            }

            // Every place the header names the person, hidden menus included, and each part of the name on its own.
            foreach (var box in await wizard.SignedInUser.AllAsync())
            {
                var text = await box.TextContentAsync(new() { Timeout = 2000 }) ?? string.Empty;
                foreach (var line in text.Replace(wizard.Labels.LogOut, "\n", StringComparison.OrdinalIgnoreCase).Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 3))
                {
                    signedInNames.Add(line);
                    signedInNames.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(part => part.Length >= 4 && part.All(char.IsLetter)));
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

    private bool IsService(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && Origins.Same(uri, serviceOrigin);
}
