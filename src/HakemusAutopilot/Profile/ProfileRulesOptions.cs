using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Profile;

/// <summary>Limits of the e-service and of the tool, bound from the "Profile" section of appsettings.json.</summary>
internal sealed class ProfileRulesOptions
{
    public const string Section = "Profile";

    [Range(1, 100)]
    public int MaxAttachmentMegabytes { get; set; } = 10;

    [Range(1, 10_240)]
    public int MaxProfileKilobytes { get; set; } = 1024;

    [Range(100, 100_000)]
    public int MaxPurposeCharacters { get; set; } = 4000;

    [Range(50, 100_000)]
    public int MaxNeededDataCharacters { get; set; } = 2000;

    [Range(100, 100_000)]
    public int MaxSecurityStatementCharacters { get; set; } = 4000;

    [Range(20, 1000)]
    public int MaxNameCharacters { get; set; } = 200;

    [Range(20, 1000)]
    public int MaxAttachmentDescriptionCharacters { get; set; } = 200;

    [Range(0, 50)]
    public int MaxAttachments { get; set; } = 10;

    public long MaxAttachmentBytes => MaxAttachmentMegabytes * 1024L * 1024L;

    public long MaxProfileBytes => MaxProfileKilobytes * 1024L;
}

[OptionsValidator]
internal sealed partial class ProfileRulesOptionsValidator : IValidateOptions<ProfileRulesOptions>;
