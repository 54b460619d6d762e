using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HakemusAutopilot;

/// <summary>
/// How the tool writes and reads JSON, in one place. What it writes is camelCase, names enums by word and keeps
/// Finnish and Swedish letters as they are, since people read these files; what a person edits may carry comments.
/// </summary>
internal static class ToolJson
{
    /// <summary>Files for people and programs: report.json, check.json, a guide's notes of each picture.</summary>
    public static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>One record a line (the replica's journal), a value quoted in a sentence, or what a page's script returned.</summary>
    public static readonly JsonSerializerOptions Line = new(Written) { WriteIndented = false };

    /// <summary>Files a person edits and the tool reads (labels.json, site memory): comments and trailing commas allowed,
    /// required members required and no null where the record allows none.</summary>
    public static readonly JsonSerializerOptions Edited = new(Written)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
