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

    [Test]
    public async Task A_name_and_a_phone_number_written_into_the_security_statement_cannot_be_read_in_the_picture()
    {
        await Page.SetContentAsync("""
            <label>Selvitys tietojen suojauksesta <textarea id="selvitys" rows="3" cols="60"></textarea></label>
            <label>Käyttötarkoitus <textarea id="kayttotarkoitus" rows="3" cols="60"></textarea></label>
            """);
        await Page.GetByLabel("Selvitys tietojen suojauksesta").FillAsync("Tietoturvasta vastaa Maija Mallikas, puh. 040 123 4567.");
        await Page.GetByLabel("Käyttötarkoitus").FillAsync("Opiskelijarekisterin ylläpito, Laki ammatillisesta koulutuksesta (531/2017) 99 §.");
        var redactor = new Redactor();
        redactor.AddKnownValues(["Maija Mallikas"]);
        var path = Path.Combine(Path.GetTempPath(), $"mask-{Guid.NewGuid():N}.png");

        await Page.ScreenshotAsync(new()
        {
            Path = path,
            Mask = await new ScreenshotMask(Page, Page.Locator("#kukaan"), redactor).LocatorsAsync([]),
            MaskColor = ScreenshotMask.Color,
            Scale = Microsoft.Playwright.ScreenshotScale.Css,
        });

        var picture = Png.Read(path);
        var statement = (await Page.Locator("#selvitys").BoundingBoxAsync())!;
        var purpose = (await Page.Locator("#kayttotarkoitus").BoundingBoxAsync())!;
        Assert.Multiple(() =>
        {
            Assert.That(NotMaskGrey(picture, statement), Is.Zero, "every pixel of the statement is the mask's grey: nothing of the name or the number shows");
            Assert.That(NotMaskGrey(picture, purpose), Is.Positive, "a text with no personal data stays readable");
        });
    }

    private static int NotMaskGrey(Png picture, Microsoft.Playwright.LocatorBoundingBoxResult box)
    {
        var count = 0;
        for (var y = (int)Math.Ceiling(box.Y); y < (int)(box.Y + box.Height); y++)
        {
            for (var x = (int)Math.Ceiling(box.X); x < (int)(box.X + box.Width); x++)
            {
                count += picture[x, y] == (0x5A, 0x5A, 0x5A) ? 0 : 1;
            }
        }

        return count;
    }
}
