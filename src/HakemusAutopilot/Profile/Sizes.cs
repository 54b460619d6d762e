using System.Globalization;

namespace HakemusAutopilot.Profile;

internal static class Sizes
{
    /// <summary>A file size as people read it: "1,2 Mt" in Finnish, "1.2 MB" in English.</summary>
    public static string Format(long bytes, string language)
    {
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "fi-FI");
        return bytes switch
        {
            < 1024 => string.Format(culture, "{0} {1}", bytes, english ? "B" : "t"),
            < 1024 * 1024 => string.Format(culture, "{0:0.#} {1}", bytes / 1024d, english ? "kB" : "kt"),
            _ => string.Format(culture, "{0:0.#} {1}", bytes / (1024d * 1024d), english ? "MB" : "Mt"),
        };
    }
}
