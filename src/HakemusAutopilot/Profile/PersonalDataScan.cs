using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>
/// Finds personal data where it does not belong, and says where without repeating it: a henkilötunnus anywhere in a
/// profile, keys included, is refused; a contact's name, an e-mail address or a phone number in a free-text answer is
/// pointed out, since the form sends it to DVV as written.
/// </summary>
internal static class PersonalDataScan
{
    // The parts of a profile that are meant to hold a person's details.
    private static readonly string[] ContactParts = ["technicalContact", "deputy", "processEmail", "applicant"];

    public static void Scan(ProfileNode node, string path, FindingCollector findings) =>
        Scan(node, path, findings, node is ObjectNode root ? ContactNames(root) : []);

    private static void Scan(ProfileNode node, string path, FindingCollector findings, IReadOnlyList<string> names)
    {
        switch (node)
        {
            case ObjectNode objectNode:
                foreach (var (key, value) in objectNode.Members)
                {
                    var memberPath = ProfilePaths.Property(path, key);
                    if (Identifiers.PersonalIdentityCodeShape.IsMatch(key))
                    {
                        Refuse(memberPath, findings);
                    }

                    Scan(value, memberPath, findings, names);
                }

                break;
            case ArrayNode array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Scan(array.Items[i], ProfilePaths.Item(path, i), findings, names);
                }

                break;
            case ScalarNode scalar:
                if (Identifiers.PersonalIdentityCodeShape.IsMatch(scalar.Text))
                {
                    Refuse(path, findings);
                }

                if (scalar.Kind == ScalarKind.Text && IsFreeText(path, scalar.Text))
                {
                    WarnAboutContactDetails(path, scalar.Text, names, findings);
                }

                break;
        }
    }

    private static bool IsFreeText(string path, string text) =>
        text.Length > 0 && !ContactParts.Any(part => path == part || path.StartsWith(part + ".", StringComparison.Ordinal));

    private static void WarnAboutContactDetails(string path, string text, IReadOnlyList<string> names, FindingCollector findings)
    {
        var found = new List<OperatorText>();
        if (names.Any(name => Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(name)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(ProfileRegex.TimeoutMilliseconds))))
        {
            found.Add(new(nameof(Texts.FoundContactName)));
        }

        if (Identifiers.EmailShape.IsMatch(text))
        {
            found.Add(new(nameof(Texts.FoundEmail)));
        }

        if (Identifiers.PhoneShape.IsMatch(text))
        {
            found.Add(new(nameof(Texts.FoundPhone)));
        }

        if (found.Count == 0)
        {
            return;
        }

        findings.AlwaysWarn(path, new(nameof(Texts.ProfileContactDetailsInFreeText), found), new(nameof(Texts.ProfileContactDetailsInFreeTextFix)));
    }

    private static IReadOnlyList<string> ContactNames(ObjectNode root) =>
        [.. new[] { "technicalContact", "deputy" }
            .Select(part => root.Get(part))
            .OfType<ObjectNode>()
            .SelectMany(contact => new[] { contact.Get("name"), contact.Get("firstName"), contact.Get("lastName") })
            .OfType<ScalarNode>()
            .Select(name => name.Text.Trim())
            .Where(name => name.Length >= 3)];

    private static void Refuse(string path, FindingCollector findings) =>
        findings.AlwaysError(path, new(nameof(Texts.ProfileHetu)), new(nameof(Texts.ProfileHetuFix)));
}
