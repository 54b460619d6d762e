using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Web;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Rehearsal;

namespace HakemusAutopilot.Recording;

internal sealed record RecordingSummary(string Directory, int Answers, int Snapshots);

/// <summary>Writes a recording as a fixtures folder: <c>site/recording.har</c>, <c>site/snapshots/</c> and a README.</summary>
internal sealed class RecordingWriter(RecordingScrubber scrubber)
{
    public const string SnapshotsFolder = "snapshots";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>An earlier recording may have needed a strong identification to make: it is never overwritten.</summary>
    public static void EnsureUsable(string directory)
    {
        if (File.Exists(directory))
        {
            throw new InvalidInputException(new OperatorText(nameof(Texts.RecordFolderIsFile), directory));
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new InvalidInputException(new OperatorText(nameof(Texts.RecordFolderNotEmpty), directory));
        }
    }

    /// <summary>Waits for the recorder's last answers, then scrubs and writes everything it kept.</summary>
    public async Task<RecordingSummary> WriteAsync(ServiceRecorder recorder, string directory, string language, DateTimeOffset recordedAt)
    {
        var (exchanges, snapshots) = await recorder.FinishAsync();
        scrubber.AddKnownValues(recorder.SignedInNames);
        scrubber.AddEnteredValues(recorder.EnteredValues);
        var serviceOrigin = recorder.ServiceOrigin;
        var entries = exchanges.Select(Entry).ToList();
        var site = Path.Combine(directory, "site");
        var snapshotFolder = Path.Combine(site, SnapshotsFolder);
        Directory.CreateDirectory(snapshotFolder);
        foreach (var snapshot in snapshots)
        {
            var html = $"<!-- {scrubber.Url(snapshot.Url)} -->\n{scrubber.Snapshot(snapshot.Html)}";
            await File.WriteAllTextAsync(Path.Combine(snapshotFolder, $"{Name(snapshot)}.html"), html, Utf8);
        }

        var har = new HarFile(new HarLog(
            "1.2",
            new HarCreator(Har.Creator, typeof(RecordingWriter).Assembly.GetName().Version?.ToString() ?? "0"),
            entries,
            serviceOrigin.GetLeftPart(UriPartial.Authority) + "/",
            language,
            $"Recorded {recordedAt:yyyy-MM-dd} in language {language}; personal data, cookies and tokens removed before writing."));
        await File.WriteAllTextAsync(Path.Combine(site, Har.FileName), JsonSerializer.Serialize(har, Har.Json), Utf8);

        var leftOut = entries.Count(e => e.Response.Content.Comment is not null);
        await File.WriteAllTextAsync(Path.Combine(directory, "README.md"), Readme(directory, serviceOrigin, language, recordedAt, entries.Count, snapshots, leftOut), Utf8);
        return new RecordingSummary(directory, entries.Count, snapshots.Count);
    }

    // A route may name a person (#!/henkilo/matti@example.fi): such a step is called "view" in the file name.
    private string Name(RecordedSnapshot snapshot)
    {
        var words = string.Concat(snapshot.Step.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))
            .Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = scrubber.Text(snapshot.Step) != snapshot.Step || words.Length == 0 ? "view" : string.Join('-', words);
        return $"{snapshot.Number:00}-{slug[..Math.Min(slug.Length, 40)]}";
    }

    private HarEntry Entry(RecordedExchange exchange)
    {
        var url = scrubber.Url(exchange.Url);
        var query = HttpUtility.ParseQueryString(new Uri(url).Query);
        var mimeType = exchange.ResponseHeaders.TryGetValue("content-type", out var type) ? type : string.Empty;
        var content = scrubber.Content(mimeType, exchange.Body);
        return new HarEntry(
            exchange.At.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            0,
            new HarRequest(exchange.Method, url, "HTTP/1.1", scrubber.RequestHeaders(exchange.RequestHeaders), [.. query.AllKeys.Select(k => new HarHeader(k ?? string.Empty, query[k] ?? string.Empty))], []),
            new HarResponse(exchange.Status, exchange.StatusText, "HTTP/1.1", scrubber.ResponseHeaders(exchange.ResponseHeaders, exchange.Url), [], content, BodySize: content.Size),
            new HarTimings(0, 0, 0));
    }

    private string Readme(string directory, Uri serviceOrigin, string language, DateTimeOffset recordedAt, int answers, IReadOnlyList<RecordedSnapshot> snapshots, int leftOut) => $"""
        # Recording of {serviceOrigin.GetLeftPart(UriPartial.Authority)}

        Recorded by `hakemus-autopilot` on {recordedAt.ToString("d.M.yyyy", CultureInfo.GetCultureInfo("fi-FI"))}, service language `{language}`.

        - `site/{Har.FileName}`: {answers} answers of the service (HAR 1.2, content embedded as text){(leftOut > 0 ? $"; {leftOut} non-text answers (not images or fonts) left out" : string.Empty)}.
        - `site/{SnapshotsFolder}/`: the HTML of each view, {snapshots.Count} in all: {string.Join(", ", snapshots.Select(Name))}.

        Before anything was written, henkilötunnus-, e-mail- and phone-shaped text, the signed-in person's name, the
        profile's personal values, cookies, tokens and authorization headers were removed (shown as
        `{RecordingScrubber.Removed}`, `[henkilötieto]`, `[henkilötunnus]`, `[sähköposti]` or `[puhelinnumero]`). Request bodies are
        never recorded. Read the files once before you share them: the scrubbing works on shapes and known values.

        Play it back offline:

            scripts/hakemus.sh rehearse --fixtures {Path.GetFileName(directory)}
            scripts/hakemus.sh check --fixtures {Path.GetFileName(directory)} --language {language}

        (with the path of this folder in place of its name).
        """;
}
