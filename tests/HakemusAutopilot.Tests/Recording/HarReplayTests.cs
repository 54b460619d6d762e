using System.Text;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Recording;

[Parallelizable(ParallelScope.All)]
internal sealed class HarReplayTests
{
    private static readonly Uri Service = Defaults.ServiceOrigin;

    // As a browser's developer tools save it: no origin named, one answer base64-encoded.
    private const string DevToolsHar = """
        {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [
          {"startedDateTime": "2026-11-27T08:00:00.000Z", "time": 5, "request": {"method": "GET", "url": "https://asiointi.dvv.fi/views/lomake.html?v=1", "httpVersion": "HTTP/1.1", "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "content": {"size": 5, "mimeType": "text/html", "text": "first"}, "redirectURL": "", "headersSize": -1, "bodySize": 5}, "cache": {}, "timings": {"send": 0, "wait": 5, "receive": 0}},
          {"startedDateTime": "2026-11-27T08:00:01.000Z", "time": 5, "request": {"method": "GET", "url": "https://asiointi.dvv.fi/views/lomake.html?v=2", "httpVersion": "HTTP/1.1", "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "content": {"size": 6, "mimeType": "text/html", "text": "c2Vjb25k", "encoding": "base64"}, "redirectURL": "", "headersSize": -1, "bodySize": 6}, "cache": {}, "timings": {"send": 0, "wait": 5, "receive": 0}},
          {"startedDateTime": "2026-11-27T08:00:02.000Z", "time": 5, "request": {"method": "GET", "url": "https://fonts.example.net/font.woff2", "httpVersion": "HTTP/1.1", "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "content": {"size": 4, "mimeType": "font/woff2", "text": "AAECAw==", "encoding": "base64"}, "redirectURL": "", "headersSize": -1, "bodySize": 4}, "cache": {}, "timings": {"send": 0, "wait": 5, "receive": 0}}
        ]}}
        """;

    private static HarReplay Replay(TemporaryFolder folder)
    {
        folder.Write("recording.har", DevToolsHar);
        return HarReplay.Load(folder.Path)!;
    }

    [Test]
    public void A_query_string_only_chooses_between_recorded_answers()
    {
        using var folder = new TemporaryFolder();
        var replay = Replay(folder);

        var exact = replay.Find("GET", new Uri(Service, "/views/lomake.html?v=1"), Service);
        var busted = replay.Find("GET", new Uri(Service, "/views/lomake.html?v=1795757432090"), Service);

        Assert.That(Encoding.UTF8.GetString(exact!.Body), Is.EqualTo("first"));
        Assert.That(Encoding.UTF8.GetString(busted!.Body), Is.EqualTo("second"), "the latest answer when no query matches");
    }

    [Test]
    public void Method_path_and_host_must_match()
    {
        using var folder = new TemporaryFolder();
        var replay = Replay(folder);

        Assert.That(replay.Find("POST", new Uri(Service, "/views/lomake.html"), Service), Is.Null);
        Assert.That(replay.Find("GET", new Uri(Service, "/views/muu.html"), Service), Is.Null);
        Assert.That(replay.Find("GET", new Uri("https://fonts.example.net/font.woff2"), Service)!.Body, Is.EqualTo(new byte[] { 0, 1, 2, 3 }));
        Assert.That(replay.RecordedOrigin, Is.EqualTo(Service));
    }
}
