using HakemusAutopilot.Privacy;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Privacy;

/// <summary>Every picture hides personal data, also where it was written into a free-text answer.</summary>
internal sealed class ScreenshotMaskTests : ReplicaTest
{
    [Test]
    public async Task A_field_whose_text_holds_personal_data_is_masked_and_one_without_is_not()
    {
        await Page.SetContentAsync("""
            <label>Selvitys tietojen suojauksesta <textarea id="selvitys"></textarea></label>
            <label>Käyttötarkoitus <textarea id="kayttotarkoitus"></textarea></label>
            <label>Yhteyshenkilö <input id="yhteyshenkilo"></label>
            """);
        await Page.GetByLabel("Selvitys tietojen suojauksesta").FillAsync("Tietoturvasta vastaa pääkäyttäjä, puh. 040 123 4567.");
        await Page.GetByLabel("Käyttötarkoitus").FillAsync("Opiskelijarekisterin ylläpito, Laki ammatillisesta koulutuksesta (531/2017) 99 §.");
        await Page.GetByLabel("Yhteyshenkilö").FillAsync("Maija Mallikas");
        var redactor = new Redactor();
        redactor.AddKnownValues(["Maija Mallikas"]);

        var masked = await new ScreenshotMask(Page, Page.Locator("#kukaan"), redactor).LocatorsAsync([]);

        var ids = new List<string>();
        foreach (var locator in masked)
        {
            ids.AddRange(await locator.EvaluateAllAsync<string[]>("els => els.map(el => el.id)"));
        }

        Assert.That(ids, Does.Contain("selvitys").And.Contain("yhteyshenkilo").And.Not.Contain("kayttotarkoitus"));
    }
}
