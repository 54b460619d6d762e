using System.Text.Json;
using HakemusAutopilot.Cli;
using HakemusAutopilot.Guides;
using HakemusAutopilot.Tests.Support;
using Microsoft.Playwright;

namespace HakemusAutopilot.Tests.Guides;

[Parallelizable(ParallelScope.Self)]
internal sealed class GuideTests : ReplicaTest
{
    private static readonly string[] StepsInOrder =
    [
        "login", "start-new-application", "public-administration", "population-data-services", "change-interface-start",
        "new-application", "order-type", "open-form", "form-1", "attachments", "save-draft", "draft-saved", "stop",
    ];

    private static readonly Lazy<Task<(string Masked, string Again, string Unmasked)>> Guides = new(MakeGuidesAsync);

    [Test]
    public async Task Guide_has_one_picture_for_every_step_of_DVVs_instructions_in_order()
    {
        var (masked, _, _) = await Guides.Value;

        var images = Directory.GetFiles(Path.Combine(masked, "images"), "*.png").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.That(images.Select(i => i![3..]), Is.EqualTo(StepsInOrder));
        var markdown = await File.ReadAllTextAsync(Path.Combine(masked, "index.md"));
        Assert.That(markdown, Does.Contain("## 2. Klikkaa ”Aloita uusi hakemus”.").And.Contain("## 3. Valitse ”Julkishallinto”-välilehti.").And.Contain("turvakielto"));
        Assert.That(markdown, Does.Contain("4. Tekninen yhteyshenkilö / Nimi\n").And.Contain("7. Varahenkilö / Nimi\n"), "the form's numbers have a key in page order");
        Assert.That(markdown.IndexOf("Aloita uusi hakemus", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("Lähetä DVV:lle", StringComparison.Ordinal)));
        Assert.That(File.Exists(Path.Combine(masked, "ohje.pdf")), Is.True);
    }

    [Test]
    public async Task Each_callout_outline_is_drawn_at_the_box_of_the_element_the_step_acts_on()
    {
        var (masked, _, _) = await Guides.Value;

        foreach (var step in new[] { "02-start-new-application", "05-change-interface-start", "13-stop" })
        {
            var shot = Shot(masked, step);
            var image = Png.Read(Path.Combine(masked, "images", $"{step}.png"));
            var box = shot.Boxes[0];
            var scale = shot.DeviceScaleFactor;
            var left = (int)Math.Round((box.X - GuideWriter.OutlinePadding) * scale);
            var top = (int)Math.Round((box.Y - GuideWriter.OutlinePadding) * scale);
            var middleY = (int)Math.Round((box.Y + (box.Height / 2)) * scale);
            var middleX = (int)Math.Round((box.X + (box.Width / 2)) * scale);

            Assert.That(image[left, middleY], Is.EqualTo(((byte)0xD4, (byte)0x00, (byte)0x6A)), $"{step}: left edge");
            Assert.That(image[middleX, top], Is.EqualTo(((byte)0xD4, (byte)0x00, (byte)0x6A)), $"{step}: top edge");
        }
    }

    [Test]
    public async Task Personal_fields_are_masked_so_their_pixels_hold_no_text()
    {
        var (masked, _, unmasked) = await Guides.Value;
        var contactName = Shot(masked, "09-form-1").Boxes.First(box => box.Name == "Tekninen yhteyshenkilö / Nimi");

        var hidden = Pixels(Png.Read(Path.Combine(masked, "images", "11-save-draft.png")), contactName, 2);
        var shown = Pixels(Png.Read(Path.Combine(unmasked, "images", "11-save-draft.png")), contactName, 2);

        Assert.That(hidden.Distinct(), Is.EqualTo(new[] { ((byte)0x5A, (byte)0x5A, (byte)0x5A) }));
        Assert.That(shown.Distinct().Count(), Is.GreaterThan(2), "with the mask off the same place shows text");
    }

    [Test]
    public async Task Two_guides_of_the_same_fixtures_and_profile_are_byte_identical()
    {
        var (masked, again, _) = await Guides.Value;

        var files = Directory.GetFiles(masked, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(masked, f)).Order(StringComparer.Ordinal).ToArray();

        Assert.That(Directory.GetFiles(again, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).Order(StringComparer.Ordinal), Is.EqualTo(files));
        foreach (var file in files)
        {
            Assert.That(await File.ReadAllBytesAsync(Path.Combine(again, file)), Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(masked, file))), file);
        }
    }

    [Test]
    public async Task The_guide_page_opens_in_the_browser_with_every_image_loaded()
    {
        var (masked, _, _) = await Guides.Value;

        await Page.GotoAsync(new Uri(Path.Combine(masked, "index.html")).AbsoluteUri);

        var images = Page.GetByRole(AriaRole.Img);
        await Expect(images).ToHaveCountAsync(StepsInOrder.Length);
        for (var i = 0; i < StepsInOrder.Length; i++)
        {
            await Expect(images.Nth(i)).ToHaveJSPropertyAsync("complete", true);
            await Expect(images.Nth(i)).Not.ToHaveJSPropertyAsync("naturalWidth", 0);
        }
    }

    [Test]
    public async Task Real_profiles_cannot_show_their_values_unmasked()
    {
        var profile = Path.Combine(ToolProcess.TempDirectory(), "oma.json");
        File.Copy(RepoPaths.Fixtures("profiles", "lukio.json"), profile);

        var run = await Tool.RunAsync("guide", "--profile", profile, "--show-example-values", "--out", ToolProcess.TempDirectory());

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
    }

    private static async Task<(string, string, string)> MakeGuidesAsync()
    {
        var folders = new[] { ToolProcess.TempDirectory(), ToolProcess.TempDirectory(), ToolProcess.TempDirectory() };
        var runs = await Task.WhenAll(
            Tool.RunAsync("guide", "--out", folders[0]),
            Tool.RunAsync("guide", "--out", folders[1]),
            Tool.RunAsync("guide", "--out", folders[2], "--show-example-values"));
        foreach (var run in runs)
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        }

        return (folders[0], folders[1], folders[2]);
    }

    private static GuideShot Shot(string guide, string name) =>
        JsonSerializer.Deserialize<GuideShot>(File.ReadAllText(Path.Combine(guide, "images", $"{name}.json")), GuideJson.Options)!;

    private static List<(byte, byte, byte)> Pixels(Png image, ElementBox box, double scale)
    {
        var pixels = new List<(byte, byte, byte)>();
        for (var y = (int)((box.Y + 3) * scale); y < (int)((box.Y + box.Height - 3) * scale); y += 2)
        {
            for (var x = (int)((box.X + 3) * scale); x < (int)((box.X + box.Width - 3) * scale); x += 2)
            {
                pixels.Add(image[x, y]);
            }
        }

        return pixels;
    }
}
