using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Limits of the files the tool reads and of the composed Käyttötarkoitus, bound from the "Profile" section of
/// appsettings.json. The limits of each field are the schema's (schemas/profile.schema.json).
/// </summary>
internal sealed class ProfileRulesOptions
{
    public const string Section = "Profile";

    [Range(1, 100)]
    public int MaxAttachmentMegabytes { get; set; } = 10;

    [Range(1, 10_240)]
    public int MaxProfileKilobytes { get; set; } = 1024;

    [Range(100, 100_000)]
    public int MaxPurposeCharacters { get; set; } = 4000;

    public long MaxAttachmentBytes => MaxAttachmentMegabytes * 1024L * 1024L;

    public long MaxProfileBytes => MaxProfileKilobytes * 1024L;
}

[OptionsValidator]
internal sealed partial class ProfileRulesOptionsValidator : IValidateOptions<ProfileRulesOptions>;
