using System.Text.Json;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Service.Resolving;

namespace HakemusAutopilot.Service;

internal sealed record KnownOverlay(string Role, string Name, string Close);

internal sealed record ServiceLabels(
    string LoginRoute,
    string LoginHeading,
    string Identify,
    string LogOut,
    string SessionExpired,
    string ActAsLegend,
    string Continue,
    string FrontPageHeading,
    string StartNewApplication,
    string PublicAdministrationTab,
    string PopulationDataServices,
    string ChangeInterfaceService,
    string Start,
    string ApplicationTypeLegend,
    string NewApplication,
    string OrderTypeLegend,
    string OrderTypeByPersonalIdentityCodes,
    string FormHeading,
    string Purpose,
    string ProtectionOrder,
    string NeededData,
    string TechnicalContact,
    string Deputy,
    string Name,
    string Email,
    string Phone,
    string ProcessEmail,
    string SecurityStatement,
    string AttachmentDescription,
    string AddAttachment,
    string AddedAttachments,
    string SaveDraft,
    string DraftSaved,
    string SaveFailed,
    string Next,
    string Previous,
    string SendButton,
    string LanguageSwitch,
    IReadOnlyList<KnownOverlay> Overlays,
    IReadOnlyDictionary<string, IntentWords>? Intents = null,
    IReadOnlyList<string>? OverlayDismiss = null);

internal sealed record LabelMapFile(
    IReadOnlyList<string> SendButtonNames,
    IReadOnlyDictionary<string, IReadOnlyList<string>> SendWords,
    IReadOnlyDictionary<string, ServiceLabels> Languages,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Unconfirmed);

internal sealed class LabelMap
{
    public const string FileName = "labels.json";

    private readonly LabelMapFile file;

    private LabelMap(string path, LabelMapFile file)
    {
        Path = path;
        this.file = file;
    }

    public string Path { get; }

    public IReadOnlyList<string> SendButtonNames => file.SendButtonNames;

    /// <summary>Every wording of sending the guard refuses: the send button's names and the words of every language.</summary>
    public SendWords SendWords => new([.. file.SendButtonNames, .. file.Languages.Values.Select(l => l.SendButton), .. file.SendWords.Values.SelectMany(w => w)]);

    public IReadOnlyCollection<string> Languages => file.Languages.Keys.ToArray();

    public static string DefaultPath => System.IO.Path.Combine(AppContext.BaseDirectory, "Service", FileName);

    public static LabelMap Load(string? path = null)
    {
        path ??= DefaultPath;
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<LabelMapFile>(stream, ToolJson.Edited)
                ?? throw new LabelMapException(path, "the file is empty");
            if (file.SendButtonNames.Count == 0)
            {
                throw new LabelMapException(path, "sendButtonNames is empty; the send guard needs at least one name");
            }

            return new LabelMap(path, file);
        }
        catch (JsonException ex)
        {
            throw new LabelMapException(path, ex.Message);
        }
        catch (IOException ex)
        {
            throw new LabelMapException(path, ex.Message);
        }
    }

    public ServiceLabels For(string language) =>
        file.Languages.TryGetValue(language, out var labels)
            ? labels
            : throw new LabelMapException(Path, $"there are no labels for language '{language}' (known: {string.Join(", ", file.Languages.Keys)})");

    /// <summary>The key a <see cref="ServiceLabels"/> property has in the file, named as the deserialiser names it.</summary>
    public static string KeyOf(string labelsProperty) => ToolJson.Edited.PropertyNamingPolicy!.ConvertName(labelsProperty);

    public bool IsConfirmed(string language, string key) =>
        !file.Unconfirmed.TryGetValue(language, out var keys) || !keys.Contains(key, StringComparer.Ordinal);
}

internal sealed class LabelMapException(string path, string reason)
    : InvalidInputException(new OperatorText(nameof(Texts.LabelMapBroken), path, reason));
