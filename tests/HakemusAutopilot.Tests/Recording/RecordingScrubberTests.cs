using HakemusAutopilot.Privacy;
using HakemusAutopilot.Recording;

namespace HakemusAutopilot.Tests.Recording;

[Parallelizable(ParallelScope.All)]
internal sealed class RecordingScrubberTests
{
    private static RecordingScrubber Scrubber()
    {
        var scrubber = new RecordingScrubber(new Redactor());
        scrubber.AddKnownValues(["Testi Käyttäjä"]);
        return scrubber;
    }

    [TestCase("const token = ++state.renderToken;")]
    [TestCase("\"sessionExpired\": \"Istuntosi on vanhentunut\"")]
    [TestCase("<h1>Rekisterin päivitys henkilötunnusten perusteella</h1>")]
    [TestCase("Laki 531/2017 § 2, voimassa 1.8.2018")]
    public void The_services_own_code_and_words_are_kept_as_they_are(string text)
    {
        Assert.That(Scrubber().Text(text), Is.EqualTo(text));
    }

    [TestCase("<meta name=\"csrf-token\" content=\"a1b2c3d4e5f6a7b8c9d0\">", "a1b2c3d4e5f6a7b8c9d0")]
    [TestCase("{\"csrfToken\":\"0123456789abcdef0123\"}", "0123456789abcdef0123")]
    [TestCase("window.sessionId = 'AbCdEf0123456789xyz';", "AbCdEf0123456789xyz")]
    [TestCase("Authorization: Bearer abc.def123456", "abc.def123456")]
    [TestCase("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJzdWIiOiIxMjM0NTY3ODkwIn0")]
    [TestCase("{\"nimi\":\"Testi Käyttäjä\"}", "Testi Käyttäjä")]
    [TestCase("{\"sukunimi\":\"Virtanen\"}", "Virtanen")]
    [TestCase("hetu 131052-308T", "131052-308T")]
    public void Tokens_and_personal_values_are_removed(string text, string secret)
    {
        Assert.That(Scrubber().Text(text), Does.Not.Contain(secret));
    }

    [Test]
    public void A_json_answer_loses_names_and_numbers_however_they_are_escaped()
    {
        var json = Scrubber().Content("application/json", System.Text.Encoding.UTF8.GetBytes(
            "{\"nimi\":\"Testi K\\u00e4ytt\\u00e4j\\u00e4\",\"puhelin\":\"\\u002B358401234567\",\"sessionExpired\":\"Istuntosi on vanhentunut\"}"));

        Assert.That(json.Text, Does.Not.Contain("Testi").And.Not.Contain("358401234567"));
        Assert.That(json.Text, Does.Contain("\"sessionExpired\":\"Istuntosi on vanhentunut\""));
    }

    [Test]
    public void What_the_page_sent_is_taken_out_of_the_answers_that_echo_it_but_not_out_of_the_code()
    {
        var scrubber = Scrubber();
        scrubber.AddEnteredValues(["Liisa Virtanen", "Opiskelijarekisterin ylläpito ja Matti Meikäläinen"]);

        var draft = scrubber.Content("application/json", System.Text.Encoding.UTF8.GetBytes(
            "{\"yhteyshenkilo\":{\"nimi\":\"Liisa Virtanen\"},\"kayttotarkoitus\":\"Opiskelijarekisterin ylläpito ja Matti Meikäläinen\"}"));
        var snapshot = scrubber.Snapshot("<p>Liisa Virtanen</p>");

        Assert.That(draft.Text, Does.Not.Contain("Liisa").And.Not.Contain("Meikäläinen"));
        Assert.That(snapshot, Does.Not.Contain("Liisa"));
    }

    [Test]
    public void Secret_query_parameters_lose_their_values_and_the_others_stay()
    {
        var url = Scrubber().Url("https://asiointi.dvv.fi/paluu?code=abc123&state=xyz789&kieli=fi#!/etusivu");

        Assert.That(url, Does.Not.Contain("abc123").And.Not.Contain("xyz789"));
        Assert.That(url, Does.Contain("kieli=fi").And.EndWith("#!/etusivu"));
    }

    [TestCase("<p>K&#xE4;ytt&#xE4;j&#xE4; Testi, matti&#64;example.fi</p>", "matti")]
    [TestCase("<p>Testi K&auml;ytt&auml;j&auml;</p>", "Testi")]
    [TestCase("var phone = \"\\u002B358401234567\";", "358401234567")]
    [TestCase("<input type=\"hidden\" name=\"_csrf\" value=\"abc\">", "abc")]
    [TestCase("<meta content=\"zzz\" name=\"csrf-token\">", "zzz")]
    [TestCase(")]}',\n{\"131052-308T\": 1}", "131052-308T")]
    public void Names_numbers_and_secrets_are_found_however_a_page_spells_them(string text, string secret)
    {
        var scrubber = Scrubber();
        var type = text.StartsWith(')') ? "application/json" : text.StartsWith('<') ? "text/html" : "text/javascript";

        var content = scrubber.Content(type, System.Text.Encoding.UTF8.GetBytes(text));

        Assert.That(content.Text, Does.Not.Contain(secret));
    }

    [Test]
    public void A_relative_redirect_and_a_fragment_lose_their_secrets()
    {
        var headers = Scrubber().ResponseHeaders(new Dictionary<string, string> { ["location"] = "/paluu?ticket=ST-1234567&kieli=fi#access_token=abc123&state=xyz" }, "https://asiointi.dvv.fi/login");

        Assert.That(headers.Single().Value, Does.StartWith("https://asiointi.dvv.fi/paluu?").And.Contain("kieli=fi"));
        Assert.That(headers.Single().Value, Does.Not.Contain("ST-1234567").And.Not.Contain("abc123").And.Not.Contain("xyz"));
    }

    [Test]
    public void Only_harmless_headers_are_kept()
    {
        var headers = Scrubber().ResponseHeaders(new Dictionary<string, string>
        {
            ["content-type"] = "text/html",
            ["set-cookie"] = "JSESSIONID=123",
            ["x-csrf-token"] = "abc",
            ["authorization"] = "Basic dXNlcjpwYXNz",
        }, "https://asiointi.dvv.fi/");

        Assert.That(headers.Select(h => h.Name), Is.EqualTo(new[] { "content-type" }));
    }

    [Test]
    public void A_document_that_is_not_text_image_or_font_is_left_out()
    {
        var scrubber = Scrubber();

        var pdf = scrubber.Content("application/pdf", [0x25, 0x50, 0x44, 0x46]);
        var png = scrubber.Content("image/png", [0x89, 0x50]);

        Assert.That(pdf.Text, Is.Null);
        Assert.That(pdf.Comment, Does.Contain("left out"));
        Assert.That(png.Bytes(), Is.EqualTo(new byte[] { 0x89, 0x50 }));
    }
}
