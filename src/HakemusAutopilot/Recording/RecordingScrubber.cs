using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Web;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Rehearsal;

namespace HakemusAutopilot.Recording;

/// <summary>
/// Takes out of a recording everything that identifies a person or a session: henkilötunnus-, e-mail- and
/// phone-shaped text, the signed-in person's name, the profile's personal values, cookies, tokens and
/// authorization headers. Headers are kept from a short list rather than dropped from one, so a header nobody
/// thought of stays out.
/// </summary>
internal sealed partial class RecordingScrubber(Redactor redactor)
{
    public const string Removed = "[poistettu]";

    private static readonly HashSet<string> KeptRequestHeaders = new(StringComparer.OrdinalIgnoreCase) { "accept", "accept-language", "content-type" };

    private static readonly HashSet<string> KeptResponseHeaders = new(StringComparer.OrdinalIgnoreCase) { "content-type", "content-language", "location" };

    private static readonly string[] TextTypes = ["text/", "json", "javascript", "ecmascript", "xml", "svg"];

    private static readonly string[] KeptBinaryTypes = ["image/", "font/", "application/font", "application/x-font"];

    // Names that are a person's by their key; "nimi" and "name" are not here because the service's own words travel under them too.
    private static readonly string[] PersonalKeyNames =
        ["etunimi", "etunimet", "sukunimi", "kutsumanimi", "firstName", "lastName", "givenName", "familyName", "fullName", "henkilotunnus", "hetu", "ssn"];

    private static readonly HashSet<string> PersonalKeys = new(PersonalKeyNames, StringComparer.OrdinalIgnoreCase);

    // The same keys where a script or page holds JSON as text.
    private static readonly Regex PersonalJsonValue = new(
        $$""""(?<key>"(?:{{string.Join('|', PersonalKeyNames)}})")(?<sep>\s*:\s*")(?:[^"\\]|\\.)*["]"""",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private readonly Redactor entered = new();

    public void AddKnownValues(IEnumerable<string> values) => redactor.AddKnownValues(values);

    /// <summary>
    /// What the page sent (typed names, free text) comes back in the service's answers, such as a saved draft. Those
    /// values are taken out of JSON answers and snapshots, where the service echoes them, but not out of the code.
    /// </summary>
    public void AddEnteredValues(IEnumerable<string> values) => entered.AddKnownValues(values);

    public string Snapshot(string html) => entered.Redact(Markup(html));

    /// <summary>An HTML page or a script: escapes that only spell a letter undone, secret fields emptied, then <see cref="Text"/>.</summary>
    public string Markup(string text)
    {
        var decoded = Entities().Replace(LetterEscapes().Replace(text, Unescape), DecodeEntity);
        return Text(SecretElement().Replace(decoded, m => SecretAttribute().Replace(m.Value, a => $"{a.Groups["name"].Value}=\"{Removed}\"")));
    }

    public string Text(string text)
    {
        var result = Bearer().Replace(Jwt().Replace(text, Removed), $"Bearer {Removed}");
        result = SecretAssignment().Replace(result, m => $"{m.Groups["key"].Value}{m.Groups["sep"].Value}{Removed}{m.Groups["end"].Value}");
        result = PersonalJsonValue.Replace(result, m => $"{m.Groups["key"].Value}{m.Groups["sep"].Value}{Removed}\"");
        return redactor.Redact(result);
    }

    public string Url(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Text(url);
        }

        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Fragment = Fragment(uri.Fragment.TrimStart('#')) };
        if (uri.Query.Length > 1)
        {
            builder.Query = Parameters(uri.Query);
        }

        builder.Path = Text(Uri.UnescapeDataString(uri.AbsolutePath));
        return builder.Uri.ToString();
    }

    /// <summary>A redirect's target, resolved against the request it answered, so a relative one loses its secrets too.</summary>
    public string Location(string location, string requestUrl) =>
        Uri.TryCreate(new Uri(requestUrl), location, out var target) ? Url(target.ToString()) : Text(location);

    // "#!/paluu?token=…" and "#access_token=…&state=…" carry secrets as a query does.
    private string Fragment(string fragment)
    {
        var split = fragment.IndexOf('?', StringComparison.Ordinal);
        return split >= 0 ? $"{Text(fragment[..split])}?{Parameters(fragment[(split + 1)..])}"
            : fragment.Contains('=', StringComparison.Ordinal) ? Parameters(fragment)
            : Text(fragment);
    }

    private string Parameters(string query)
    {
        var parameters = HttpUtility.ParseQueryString(query);
        return string.Join('&', parameters.AllKeys.Select(k => k is not null && SecretName().IsMatch(k)
            ? $"{Uri.EscapeDataString(k)}={Uri.EscapeDataString(Removed)}"
            : $"{Uri.EscapeDataString(k ?? string.Empty)}={Uri.EscapeDataString(Text(parameters[k] ?? string.Empty))}"));
    }

    public IReadOnlyList<HarHeader> RequestHeaders(IReadOnlyDictionary<string, string> headers) => Headers(headers, KeptRequestHeaders, Text);

    public IReadOnlyList<HarHeader> ResponseHeaders(IReadOnlyDictionary<string, string> headers, string requestUrl) =>
        Headers(headers, KeptResponseHeaders, value => Location(value, requestUrl));

    /// <summary>The body to keep: text scrubbed, images and fonts as they are, anything else (a PDF, a download) left out.</summary>
    public HarContent Content(string mimeType, byte[] body)
    {
        if (mimeType.Contains("json", StringComparison.OrdinalIgnoreCase) && JsonText(Encoding.UTF8.GetString(body)) is { } json)
        {
            return new HarContent(Encoding.UTF8.GetByteCount(json), mimeType, json);
        }

        if (mimeType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            var page = entered.Redact(Markup(Encoding.UTF8.GetString(body)));
            return new HarContent(Encoding.UTF8.GetByteCount(page), mimeType, page);
        }

        if (TextTypes.Any(t => mimeType.Contains(t, StringComparison.OrdinalIgnoreCase)))
        {
            var text = Markup(Encoding.UTF8.GetString(body));
            return new HarContent(Encoding.UTF8.GetByteCount(text), mimeType, text);
        }

        if (body.Length == 0 || KeptBinaryTypes.Any(t => mimeType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return new HarContent(body.Length, mimeType, Convert.ToBase64String(body), "base64");
        }

        return new HarContent(0, mimeType, Comment: $"{body.Length} bytes of {mimeType} left out: only text, images and fonts are recorded");
    }

    // Parsing undoes every escape (\u00e4, \u002B), so the rules see the text as the page shows it.
    private string? JsonText(string text)
    {
        // An anti-hijacking prefix such as )]}', comes before the JSON itself.
        var start = text.IndexOfAny(['{', '[']);
        var prefix = start > 0 && text[..start].Trim() is { Length: > 0 and <= 8 } ? text[..start] : string.Empty;
        try
        {
            var node = JsonNode.Parse(text[prefix.Length..]);
            if (node is null)
            {
                return text;
            }

            return prefix + (ScrubJson(node, key: null)?.ToJsonString(Json) ?? "null");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private JsonNode? ScrubJson(JsonNode? node, string? key) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(Text(p.Key), ScrubJson(p.Value, p.Key)))),
        JsonArray array => new JsonArray([.. array.Select(item => ScrubJson(item, key))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(
            key is not null && (PersonalKeys.Contains(key) || SecretName().IsMatch(key) && IsTokenShaped(value.GetValue<string>()))
                ? Removed
                : entered.Redact(Text(value.GetValue<string>()))),
        _ => node?.DeepClone(),
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool IsTokenShaped(string value) => value.Length >= 16 && !value.Any(char.IsWhiteSpace) && value.Any(char.IsDigit);

    private static string Unescape(Match escape)
    {
        var c = (char)Convert.ToInt32(escape.Groups[1].Value, 16);
        return IsSpelled(c) ? c.ToString() : escape.Value;
    }

    // A name or number spelled with escapes (K\u00e4ytt\u00e4j\u00e4, \u002B358, matti&#64;example.fi) is still one.
    private static bool IsSpelled(char c) => char.IsLetterOrDigit(c) || c is '@' or '+' or '.' or '-' or '_';

    private static string DecodeEntity(Match entity)
    {
        var decoded = System.Net.WebUtility.HtmlDecode(entity.Value);
        return decoded.Length == 1 && IsSpelled(decoded[0]) ? decoded : entity.Value;
    }

    [GeneratedRegex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")]
    private static partial Regex Entities();

    // <input type="hidden" name="_csrf" value="…">, <meta content="…" name="csrf-token">, in any attribute order.
    [GeneratedRegex(@"<(?:input|meta)\b[^>]*(?:csrf|xsrf|token|verification|session|ticket|saml)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SecretElement();

    [GeneratedRegex("""(?<name>\b(?:value|content))\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretAttribute();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex LetterEscapes();

    private List<HarHeader> Headers(IReadOnlyDictionary<string, string> headers, HashSet<string> kept, Func<string, string> location) =>
        [.. headers.Where(h => kept.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => new HarHeader(h.Key, h.Key.Equals("location", StringComparison.OrdinalIgnoreCase) ? location(h.Value) : Text(h.Value)))];

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"token|csrf|xsrf|session|sessio|istunto|tunniste|avain|^sid$|auth|ticket|saml|secret|password|salasana|code|state|nonce|key|sig", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    // "csrfToken": "…", csrf_token = '…', <meta name="csrf-token" content="…">: only quoted values shaped like tokens
    // (long, no spaces, a digit), so that code (token = ++count) and translations ("sessionExpired": "…") stay.
    [GeneratedRegex(
        """(?<key>["']?[\w-]*(?:token|csrf|xsrf|session_?id|secret|ticket|saml\w*|api_?key|access_?key)[\w-]*["']?(?:\s+content|\s+value)?)(?<sep>\s*[:=]\s*["'])(?=[^"'\s]*\d)(?<value>[A-Za-z0-9._~+/=-]{16,})(?<end>["'])""",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretAssignment();

    [GeneratedRegex(@"\bBearer\s+[A-Za-z0-9._~+/=-]{8,}", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();
}
