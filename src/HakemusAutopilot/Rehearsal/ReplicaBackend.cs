using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HakemusAutopilot.Rehearsal;

internal sealed record ReplicaRequest(string Method, string Path, byte[]? Body);

internal sealed record ReplicaResponse(int Status, string ContentType, byte[] Body, string? SetCookie = null)
{
    public static ReplicaResponse Json(int status, object value) =>
        new(status, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(value));
}

internal sealed record JournalEntry(DateTimeOffset At, string Method, string Path, string Body, bool Blocked);

/// <summary>Every non-GET request the replica received, in order, so tests can see exactly what the page sent.</summary>
internal sealed class ReplicaJournal
{
    private readonly ConcurrentQueue<JournalEntry> entries = new();

    public IReadOnlyList<JournalEntry> Entries => [.. entries];

    public void Add(JournalEntry entry) => entries.Enqueue(entry);

    public IEnumerable<JournalEntry> To(string path) => entries.Where(e => e.Path == path);
}

internal static class ReplicaPaths
{
    public const string Config = "/api/replica/config";
    public const string Draft = "/api/hakemukset/luonnos";
    public const string Attachments = "/api/liitteet";
    public const string Submit = "/api/hakemukset/laheta";
    public const string Session = "/api/istunto";

    /// <summary>The endpoints whose answers depend on what the page sent: never played back from a recording.</summary>
    public static bool IsBackend(string path) => path is Config or Draft or Attachments or Submit or Session;
}

/// <summary>
/// The replica's backend: static files of the recorded site and the few endpoints the page talks to. It is served
/// either through the tool's request routing (rehearsal) or by <see cref="LoopbackReplicaServer"/>.
/// </summary>
internal sealed class ReplicaBackend(string siteDirectory, IReadOnlySet<string> variants, string language, ReplicaJournal journal, TimeProvider time)
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
    };

    private readonly string root = Path.GetFullPath(siteDirectory);
    private int draftSaves;
    private JsonNode? draft;

    public ReplicaJournal Journal => journal;

    public IReadOnlySet<string> Variants => variants;

    public async Task<ReplicaResponse> HandleAsync(ReplicaRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsGet(request.Method))
        {
            journal.Add(new JournalEntry(time.GetUtcNow(), request.Method, request.Path, Encoding.UTF8.GetString(request.Body ?? []), Blocked: false));
        }

        return (request.Method.ToUpperInvariant(), request.Path) switch
        {
            ("GET", ReplicaPaths.Config) => ReplicaResponse.Json(200, new { variants = variants.Order(StringComparer.Ordinal).ToArray(), language }),
            ("GET", ReplicaPaths.Draft) => draft is null ? ReplicaResponse.Json(404, new { virhe = "ei luonnosta" }) : new ReplicaResponse(200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(draft.ToJsonString())),
            ("POST", ReplicaPaths.Draft) => await SaveDraftAsync(request, cancellationToken),
            ("POST", ReplicaPaths.Attachments) => ReplicaResponse.Json(200, new { id = $"liite-{journal.To(ReplicaPaths.Attachments).Count()}" }),
            ("POST", ReplicaPaths.Submit) => ReplicaResponse.Json(200, new { ok = true }),
            ("POST", ReplicaPaths.Session) => NewSession(),
            ("GET", _) => await StaticFileAsync(request.Path, cancellationToken),
            _ => ReplicaResponse.Json(405, new { virhe = "method not allowed" }),
        };
    }

    /// <summary>The session secrets each login hands out, so tests can show that no recording keeps them.</summary>
    public ConcurrentQueue<string> IssuedSecrets { get; } = new();

    // Like the real service, a login answers with a session cookie and an anti-forgery token.
    private ReplicaResponse NewSession()
    {
        var token = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        var cookie = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        IssuedSecrets.Enqueue(token);
        IssuedSecrets.Enqueue(cookie);
        return ReplicaResponse.Json(200, new { nimi = "Testi Käyttäjä", csrfToken = token }) with { SetCookie = $"ISTUNTO={cookie}; Path=/; HttpOnly; SameSite=Lax" };
    }

    private async Task<ReplicaResponse> SaveDraftAsync(ReplicaRequest request, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref draftSaves);
        if (variants.Contains(ReplicaVariants.Slow))
        {
            await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
        }

        if (variants.Contains(ReplicaVariants.SaveAlwaysFails) || (variants.Contains(ReplicaVariants.SaveFailsOnce) && attempt == 1))
        {
            return ReplicaResponse.Json(500, new { virhe = "palvelinvirhe" });
        }

        try
        {
            draft = JsonNode.Parse(request.Body ?? []);
        }
        catch (JsonException)
        {
            return ReplicaResponse.Json(400, new { virhe = "virheellinen luonnos" });
        }

        var saved = time.GetLocalNow().ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        return ReplicaResponse.Json(200, new { id = "luonnos-1", tallennettu = saved });
    }

    private async Task<ReplicaResponse> StaticFileAsync(string path, CancellationToken cancellationToken)
    {
        var relative = path is "/" or "" ? "index.html" : Uri.UnescapeDataString(path.TrimStart('/'));
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return new ReplicaResponse(404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Not in the replica: {path}"));
        }

        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(full), "application/octet-stream");
        return new ReplicaResponse(200, type, await File.ReadAllBytesAsync(full, cancellationToken));
    }
}

internal static class HttpMethods
{
    public static bool IsGet(string method) => method.Equals("GET", StringComparison.OrdinalIgnoreCase) || method.Equals("HEAD", StringComparison.OrdinalIgnoreCase);
}

internal static class ReplicaVariants
{
    public const string Slow = "slow";
    public const string Announcement = "announcement";
    public const string CookieBanner = "cookie-banner";
    public const string PagedForm = "paged-form";
    public const string ProtectionOrderTicked = "turvakielto-ticked";
    public const string SaveFailsOnce = "save-fails-once";
    public const string SaveAlwaysFails = "save-always-fails";
    public const string SessionExpires = "session-expires";
    public const string LabelRenamed = "label-renamed";
    public const string Restructured = "restructured";
    public const string ExtraRequiredField = "extra-required-field";
    public const string SendInPlaceOfSave = "send-in-place-of-save";
    public const string SendInPlaceOfNext = "send-in-place-of-next";
    public const string SaveAndSend = "save-and-send";
    public const string ProtectionOrderMissing = "turvakielto-missing";
    public const string UnexpectedConfirm = "unexpected-confirm";
    public const string OffsiteRequest = "offsite-request";
    public const string OrganisationChooser = "organisation-chooser";
    public const string CollapsedSections = "collapsed-sections";
    public const string OrderTypeSelect = "order-type-select";
    public const string OrderTypeListbox = "order-type-listbox";
    public const string ContentEditableStatement = "contenteditable-statement";
    public const string TwoPhoneFields = "two-phone-fields";
    public const string PhoneRelabelled = "phone-relabelled";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Slow, Announcement, CookieBanner, PagedForm, ProtectionOrderTicked, SaveFailsOnce, SaveAlwaysFails, SessionExpires,
        LabelRenamed, Restructured, ExtraRequiredField, SendInPlaceOfSave, SendInPlaceOfNext, SaveAndSend, ProtectionOrderMissing, UnexpectedConfirm, OffsiteRequest, OrganisationChooser,
        CollapsedSections, OrderTypeSelect, OrderTypeListbox, ContentEditableStatement, TwoPhoneFields, PhoneRelabelled,
    };
}
