using HakemusAutopilot.Profile;

namespace HakemusAutopilot.Tests.Profile;

internal sealed class IdentifiersTests
{
    [TestCase("0112038-9")]
    [TestCase("1234567-1")]
    [TestCase("9876543-0")]
    [TestCase("9123456-5")]
    [TestCase("9512734-5")]
    public void A_business_id_with_the_right_check_digit_is_valid(string businessId) =>
        Assert.That(Identifiers.IsValidBusinessId(businessId), Is.True);

    [TestCase("0112038-8", Description = "wrong check digit")]
    [TestCase("9876543-1", Description = "wrong check digit")]
    [TestCase("1234567-8", Description = "wrong check digit")]
    [TestCase("112038-9", Description = "six digits")]
    [TestCase("01120389", Description = "no hyphen")]
    [TestCase("0112038 9", Description = "space for hyphen")]
    [TestCase(" 0112038-9", Description = "leading space")]
    [TestCase("ABCDEFG-1", Description = "letters")]
    [TestCase("", Description = "empty")]
    public void A_business_id_with_a_wrong_check_digit_or_shape_is_invalid(string businessId) =>
        Assert.That(Identifiers.IsValidBusinessId(businessId), Is.False);

    [Test]
    public void A_business_id_whose_remainder_is_one_is_never_valid()
    {
        // 9034122: the weighted sum mod 11 is 1, so no check digit can make it valid.
        var candidates = Enumerable.Range(0, 10).Select(digit => $"9034122-{digit}");

        var valid = candidates.Where(Identifiers.IsValidBusinessId);

        Assert.That(valid, Is.Empty);
    }

    [TestCase("131052-308T")]
    [TestCase("010594Y9032")]
    [TestCase("010594Y9021")]
    [TestCase("010101+002S")]
    [TestCase("010100A123D")]
    [TestCase("290224A123F", Description = "29 February of a leap year")]
    [TestCase("010504D456D")]
    [TestCase("311299-998D")]
    [TestCase("150699V3157")]
    [TestCase("070707F7771")]
    public void A_personal_identity_code_with_a_real_date_and_the_right_check_character_is_valid(string code) =>
        Assert.That(Identifiers.IsValidPersonalIdentityCode(code), Is.True);

    [TestCase("131052-308U", Description = "wrong check character")]
    [TestCase("010594Y9033", Description = "wrong check character")]
    [TestCase("290223A1237", Description = "29 February of a common year")]
    [TestCase("310452-3083", Description = "31 April")]
    [TestCase("131352-308T", Description = "month 13")]
    [TestCase("131052-001W", Description = "individual number 001")]
    [TestCase("131052G308T", Description = "G is no century sign")]
    [TestCase("131052-308t", Description = "lower-case check character")]
    [TestCase("131052-308", Description = "too short")]
    [TestCase("131052-308T ", Description = "trailing space")]
    [TestCase("", Description = "empty")]
    public void A_personal_identity_code_with_a_wrong_date_sign_or_check_character_is_invalid(string code) =>
        Assert.That(Identifiers.IsValidPersonalIdentityCode(code), Is.False);

    [TestCase("Vastuuhenkilön tunnus 131052-308T on tässä.", "131052-308T")]
    [TestCase("uusi muoto:010594Y9032", "010594Y9032")]
    [TestCase("väärä tarkiste 131052-308U kelpaa muodoksi", "131052-308U")]
    public void Redaction_finds_a_personal_identity_code_in_free_text_by_its_shape(string text, string expected)
    {
        var matches = Identifiers.PersonalIdentityCodeShape.Matches(text).Select(match => match.Value);

        Assert.That(matches, Is.EqualTo(new[] { expected }));
    }

    [TestCase("Y-tunnus 0112038-9")]
    [TestCase("Laki ammatillisesta koulutuksesta (531/2017) 99 §")]
    [TestCase("Päivätty 27.11.2026")]
    [TestCase("puhelin 040 123 4567")]
    public void Redaction_leaves_text_without_a_personal_identity_code_alone(string text) =>
        Assert.That(Identifiers.PersonalIdentityCodeShape.IsMatch(text), Is.False);

    [TestCase("aino.esimerkki@jarvenranta.example")]
    [TestCase("opiskelijahallinto@jarvenranta.example")]
    [TestCase("first_last+tag@sub.domain.fi")]
    [TestCase("A.B@EXAMPLE.FI")]
    public void An_ordinary_email_address_is_valid(string email) =>
        Assert.That(Identifiers.IsValidEmail(email), Is.True);

    [TestCase("aino.esimerkki@", Description = "no domain")]
    [TestCase("@jarvenranta.example", Description = "no local part")]
    [TestCase("aino@@jarvenranta.example", Description = "two @")]
    [TestCase("aino@jarvenranta", Description = "no dot in the domain")]
    [TestCase("aino esimerkki@jarvenranta.example", Description = "space")]
    [TestCase("aino.@jarvenranta.example", Description = "dot before @")]
    [TestCase("aino..esimerkki@jarvenranta.example", Description = "two dots")]
    [TestCase("aino@jarvenranta..example", Description = "empty domain label")]
    [TestCase("aino@-jarvenranta.example", Description = "label starts with a hyphen")]
    [TestCase("jaana.mäki@jarvenranta.example", Description = "ä")]
    [TestCase("aino.esimerkki@jarvenranta.example.", Description = "trailing dot")]
    public void An_email_address_that_cannot_be_right_is_invalid(string email) =>
        Assert.That(Identifiers.IsValidEmail(email), Is.False);

    [Test]
    public void Redaction_finds_an_email_address_in_free_text()
    {
        var matches = Identifiers.EmailShape.Matches("Ota yhteyttä: aino.esimerkki@jarvenranta.example, tai jaana.mäki@x.fi.").Select(match => match.Value);

        Assert.That(matches, Is.EqualTo(new[] { "aino.esimerkki@jarvenranta.example", "jaana.mäki@x.fi" }));
    }

    [TestCase("+358 40 123 4567")]
    [TestCase("+358401234567")]
    [TestCase("00358 40 123 4567")]
    [TestCase("040-1234567")]
    [TestCase("040 123 4567")]
    [TestCase("0401234567")]
    [TestCase("09 1234 5678")]
    [TestCase("050 000 3002")]
    [TestCase("+46 70 123 45 67")]
    public void A_finnish_or_international_phone_number_is_valid(string phone) =>
        Assert.That(Identifiers.IsValidPhone(phone), Is.True);

    [TestCase("040 12", Description = "too short")]
    [TestCase("+358 040 123 4567", Description = "trunk zero after +358")]
    [TestCase("040 123 4567 8901 234", Description = "too long")]
    [TestCase("1234567", Description = "no leading 0 or +")]
    [TestCase("puh. 040 123 4567", Description = "words")]
    [TestCase("040--1234567", Description = "double hyphen")]
    [TestCase("", Description = "empty")]
    public void A_phone_number_that_cannot_be_right_is_invalid(string phone) =>
        Assert.That(Identifiers.IsValidPhone(phone), Is.False);

    [TestCase("Soita numeroon +358 40 123 4567 arkisin.", "+358 40 123 4567")]
    [TestCase("Puhelin 040-1234567.", "040-1234567")]
    [TestCase("Vaihde 09 1234 5678, faksi ei ole käytössä", "09 1234 5678")]
    public void Redaction_finds_a_phone_number_in_free_text(string text, string expected)
    {
        var matches = Identifiers.PhoneShape.Matches(text).Select(match => match.Value);

        Assert.That(matches, Is.EqualTo(new[] { expected }));
    }

    [TestCase("Y-tunnus 0112038-9")]
    [TestCase("Y-tunnus 1234567-1")]
    [TestCase("Laki ammatillisesta koulutuksesta 531/2017")]
    [TestCase("Oppivelvollisuuslaki (1214/2020) 12 §")]
    [TestCase("Päivätty 27.11.2026")]
    [TestCase("Päivätty 01.02.2026")]
    [TestCase("99 §, 106 § ja 108 §")]
    [TestCase("henkilötunnus 010594-9032")]
    public void Redaction_does_not_take_ids_statute_numbers_dates_or_sections_for_phone_numbers(string text) =>
        Assert.That(Identifiers.PhoneShape.IsMatch(text), Is.False);
}
