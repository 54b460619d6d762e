using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

internal static class Sizes
{
    /// <summary>A file size as people read it: "1,2 Mt" in Finnish, "1,2 MB" in Swedish, "1.2 MB" in English.</summary>
    public static OperatorText Of(long bytes) => bytes switch
    {
        < 1024 => new(nameof(Texts.SizeBytes), bytes),
        < 1024 * 1024 => new(nameof(Texts.SizeKilobytes), bytes / 1024d),
        _ => new(nameof(Texts.SizeMegabytes), bytes / (1024d * 1024d)),
    };
}
