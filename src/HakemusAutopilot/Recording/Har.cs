using System.Text.Json;
using System.Text.Json.Serialization;

namespace HakemusAutopilot.Recording;

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

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static HarFile Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<HarFile>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a HAR file: {ex.Message}", ex);
        }
    }
}
