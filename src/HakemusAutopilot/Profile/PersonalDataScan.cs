namespace HakemusAutopilot.Profile;

/// <summary>Finds henkilötunnus-shaped text anywhere in a profile, keys included, and says where without repeating it.</summary>
internal static class PersonalDataScan
{
    public static void Scan(ProfileNode node, string path, FindingCollector findings)
    {
        switch (node)
        {
            case ObjectNode objectNode:
                foreach (var (key, value) in objectNode.Members)
                {
                    var memberPath = ProfilePaths.Property(path, key);
                    if (Identifiers.PersonalIdentityCodeShape.IsMatch(key))
                    {
                        Warn(memberPath, findings);
                    }

                    Scan(value, memberPath, findings);
                }

                break;
            case ArrayNode array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Scan(array.Items[i], ProfilePaths.Item(path, i), findings);
                }

                break;
            case ScalarNode scalar when Identifiers.PersonalIdentityCodeShape.IsMatch(scalar.Text):
                Warn(path, findings);
                break;
        }
    }

    private static void Warn(string path, FindingCollector findings) =>
        findings.AlwaysWarn(
            path,
            "Kohdassa on henkilötunnukselta näyttävä merkkijono. Hakemuslomake ei tarvitse henkilötunnuksia, eikä niitä pidä tallentaa profiiliin.",
            "This part holds text shaped like a henkilötunnus (Finnish personal identity code). The application form needs none, and none should be kept in the profile.",
            "Poista henkilötunnus profiilista. Yhteyshenkilöistä riittävät nimi, sähköpostiosoite ja puhelinnumero.",
            "Remove the personal identity code from the profile. Contacts need only a name, an e-mail address and a phone number.");
}
