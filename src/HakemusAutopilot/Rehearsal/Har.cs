using System.Text.Json;
using System.Text.Json.Serialization;

namespace HakemusAutopilot.Rehearsal;

internal sealed record HarFile(HarLog Log);

internal sealed record HarLog(
    string Version,
    HarCreator Creator,
    IReadOnlyList<HarEntry> Entries,
    [property: JsonPropertyName("_serviceOrigin")] string? ServiceOrigin = null,
    [property: JsonPropertyName("_language")] string? Language = null,
    string? Comment = null);

internal sealed record HarCreator(string Name, string Version);

internal sealed record HarEntry(string StartedDateTime, double Time, HarRequest Request, HarResponse Response, HarTimings Timings)
{
    public JsonElement? Cache { get; init; }
}

internal sealed record HarRequest(
    string Method,
    string Url,
    string HttpVersion,
    IReadOnlyList<HarHeader> Headers,
    IReadOnlyList<HarHeader> QueryString,
    IReadOnlyList<HarHeader> Cookies,
    long HeadersSize = -1,
    long BodySize = -1);

internal sealed record HarResponse(
    int Status,
    string StatusText,
    string HttpVersion,
    IReadOnlyList<HarHeader> Headers,
    IReadOnlyList<HarHeader> Cookies,
    HarContent Content,
    [property: JsonPropertyName("redirectURL")] string RedirectUrl = "",
    long HeadersSize = -1,
    long BodySize = -1);

internal sealed record HarContent(long Size, string MimeType, string? Text = null, string? Encoding = null, string? Comment = null)
{
    public byte[] Bytes() => Text is null ? []
        : Encoding == "base64" ? Convert.FromBase64String(Text)
        : System.Text.Encoding.UTF8.GetBytes(Text);
}

internal sealed record HarHeader(string Name, string Value);

internal sealed record HarTimings(double Send, double Wait, double Receive);

/// <summary>HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), the format browsers' developer tools export too.</summary>
internal static class Har
{
    public const string FileName = "recording.har";

    /// <summary>The creator name in the recordings this tool writes; only those know where and in which language they were made.</summary>
    public const string Creator = "HakemusAutopilot";

    // The HAR format leaves out what a recording does not have, rather than writing nulls.
    public static readonly JsonSerializerOptions Json = new(ToolJson.Written) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static HarFile Read(string path)
    {
        HarFile? har;
        try
        {
            using var stream = File.OpenRead(path);
            har = JsonSerializer.Deserialize<HarFile>(stream, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a HAR file: {ex.Message}", ex);
        }

        if (har?.Log?.Entries is not { } entries)
        {
            throw new InvalidDataException($"{path} is not a HAR file: it has no log.entries.");
        }

        foreach (var entry in entries)
        {
            if (entry?.Request?.Url is null || entry.Response?.Content is null)
            {
                throw new InvalidDataException($"{path} has an entry without a request URL or a response: every entry needs both.");
            }

            try
            {
                entry.Response.Content.Bytes();
            }
            catch (FormatException)
            {
                throw new InvalidDataException($"{path}: the answer to {entry.Request.Method} {entry.Request.Url} says base64 but is not.");
            }
        }

        if (har.Log.ServiceOrigin is { } origin && !Uri.TryCreate(origin, UriKind.Absolute, out _))
        {
            throw new InvalidDataException($"{path}: _serviceOrigin '{origin}' is not an absolute address.");
        }

        return har;
    }
}
