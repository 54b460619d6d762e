using System.Text.Json.Nodes;

namespace HakemusAutopilot.Tests.Support;

/// <summary>
/// The bundled example profile with a contact's name, an e-mail address and a phone number in every free-text field.
/// A henkilötunnus is refused by every command, so <see cref="WithHetuAsync"/> writes one only to see it refused.
/// </summary>
internal static class PersonalProfile
{
    public const string Hetu = "131052-308T";
    public const string NewCenturyHetu = "010594Y9032";
    public const string Email = "maija.meikalainen@example.fi";
    public const string Phone = "+358 40 765 4321";
    public const string ContactName = "Maija Meikäläinen";

    public static IReadOnlyList<string> Values => [Email, "765 4321", ContactName];

    public static Task<string> WithHetuAsync() => WriteAsync($" Vastuuhenkilö {ContactName}, hetu {Hetu} / {NewCenturyHetu}.");

    public static Task<string> WriteAsync() => WriteAsync($" Yhteys: {ContactName}, {Email}, {Phone}.");

    private static async Task<string> WriteAsync(string personal)
    {
        var profile = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Fixtures("profiles", "ammattiopisto.json")))!;
        profile["purpose"]!["use"] = profile["purpose"]!["use"]!.GetValue<string>() + personal;
        profile["purpose"]!["legalBasisText"] = "Lisätietoja antaa" + personal;
        profile["securityStatement"] = profile["securityStatement"]!.GetValue<string>() + personal;
        profile["technicalContact"]!["name"] = ContactName;
        profile["technicalContact"]!["email"] = Email;
        profile["technicalContact"]!["phone"] = Phone;
        foreach (var attachment in profile["attachments"]!.AsArray())
        {
            var path = attachment!["path"]!.GetValue<string>();
            attachment["path"] = Path.GetFullPath(Path.Combine(RepoPaths.Fixtures("profiles"), path));
            attachment["description"] = attachment["description"]!.GetValue<string>() + personal;
        }

        var file = Path.Combine(Path.GetTempPath(), $"profiili-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, profile.ToJsonString());
        return file;
    }
}
