using System.Collections.Specialized;
using System.Web;
using HakemusAutopilot.Commands;

namespace HakemusAutopilot.Rehearsal;

internal sealed record ReplayedResponse(int Status, string ContentType, byte[] Body, string? Location);

/// <summary>
/// A recording of the service played back by method and URL. Query strings only break ties between recorded
/// answers, so a cache-busting parameter that differs on every load still finds its answer.
/// </summary>
internal sealed class HarReplay
{
    private readonly Dictionary<string, List<HarEntry>> entries = new(StringComparer.Ordinal);
    private readonly Uri recordedOrigin;

    private HarReplay(HarFile har)
    {
        // A HAR saved from a browser's developer tools names no origin; it is taken to be of the service itself.
        recordedOrigin = har.Log.ServiceOrigin is { } origin ? new Uri(origin) : Defaults.ServiceOrigin;
        RecordedLanguage = har.Log.Language;
        IsOurs = har.Log.Creator?.Name == Har.Creator;
        foreach (var entry in har.Log.Entries.Where(e => e.Response.Status is not 304 and > 0))
        {
            if (Uri.TryCreate(entry.Request.Url, UriKind.Absolute, out var url))
            {
                var key = Key(entry.Request.Method, url, Origins.Same(url, recordedOrigin));
                if (!entries.TryGetValue(key, out var list))
                {
                    entries[key] = list = [];
                }

                list.Add(entry);
            }
        }
    }

    public int Count => entries.Values.Sum(l => l.Count);

    /// <summary>Where the recording was made: the real service, a test environment, or a practice copy on loopback.</summary>
    public Uri RecordedOrigin => recordedOrigin;

    public string? RecordedLanguage { get; }

    /// <summary>Written by this tool's recorder, which names the origin and language; a HAR from elsewhere cannot confirm a word.</summary>
    public bool IsOurs { get; }

    public static HarReplay? Load(string siteDirectory)
    {
        var path = Path.Combine(siteDirectory, Har.FileName);
        return File.Exists(path) ? new HarReplay(Har.Read(path)) : null;
    }

    /// <summary>The recorded answer for a request the page makes to <paramref name="serviceOrigin"/> (or to another host).</summary>
    public ReplayedResponse? Find(string method, Uri url, Uri serviceOrigin)
    {
        if (!entries.TryGetValue(Key(method, url, Origins.Same(url, serviceOrigin)), out var candidates))
        {
            return null;
        }

        var wanted = HttpUtility.ParseQueryString(url.Query);
        var best = candidates.Select((entry, order) => (entry, order, score: Score(entry, url, wanted)))
            .OrderByDescending(c => c.score).ThenByDescending(c => c.order).First().entry;
        var response = best.Response;
        var location = response.Headers.FirstOrDefault(h => h.Name.Equals("location", StringComparison.OrdinalIgnoreCase))?.Value;
        // A redirect within the recorded service stays within the service it is played back as.
        if (location is not null && Uri.TryCreate(location, UriKind.Absolute, out var target) && Origins.Same(target, recordedOrigin))
        {
            location = new Uri(serviceOrigin, target.PathAndQuery + target.Fragment).ToString();
        }

        return new ReplayedResponse(response.Status, response.Content.MimeType is { Length: > 0 } type ? type : "application/octet-stream", response.Content.Bytes(), location);
    }

    private static int Score(HarEntry entry, Uri url, NameValueCollection wanted)
    {
        var recorded = new Uri(entry.Request.Url);
        if (recorded.Query == url.Query)
        {
            return int.MaxValue;
        }

        var their = HttpUtility.ParseQueryString(recorded.Query);
        return wanted.AllKeys.Count(k => k is not null && their[k] == wanted[k]);
    }

    private static string Key(string method, Uri url, bool onService) =>
        onService
            ? $"{method.ToUpperInvariant()} service {url.AbsolutePath}"
            : $"{method.ToUpperInvariant()} {url.GetLeftPart(UriPartial.Authority)}{url.AbsolutePath}";
}
