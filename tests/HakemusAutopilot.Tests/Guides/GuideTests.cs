using System.Text.Json;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Guides;
using HakemusAutopilot.Service;
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

    private const string Note = "Ask the registry office for the signed agreement before you start.";

    private static readonly Once<(string Masked, string Again, string Unmasked, string Other)> Guides = new(MakeGuidesAsync);

    [Test]
    public async Task Guide_has_a_picture_for_every_step_of_DVVs_instructions_in_order()
    {
        var (masked, _, _, _) = await Guides.GetAsync();

        var shots = Shots(masked);
        var markdown = await File.ReadAllTextAsync(Path.Combine(masked, "index.md"));

        Assert.That(shots.Select(s => s.Step).Distinct(), Is.EqualTo(StepsInOrder));
        Assert.That(shots.Select(s => s.Image), Is.EqualTo(shots.Select((s, i) => s.Parts > 1 ? $"{i + 1:00}-{s.Step}-{s.Part}.png" : $"{i + 1:00}-{s.Step}.png")), "pictures are numbered in the order of the walk");
        Assert.That(shots.Where(s => s.Step == "form-1").Select(s => s.Part), Is.EqualTo(Enumerable.Range(1, shots.Count(s => s.Step == "form-1"))), "the long form's parts in order");
        Assert.That(markdown, Does.Contain("## 2. Klikkaa ”Aloita uusi hakemus”.").And.Contain("## 3. Valitse välilehti ”Julkishallinto”."));
        Assert.That(markdown, Does.Match(@"\n\d\. Tekninen yhteyshenkilö / Nimi\n").And.Match(@"\n\d\. Varahenkilö / Nimi\n"), "the form's numbers have a key");
        Assert.That(markdown.IndexOf("Aloita uusi hakemus", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("Lähetä DVV:lle", StringComparison.Ordinal)));
        Assert.That(markdown, Does.Not.Contain("HakemusAutopilot"), "the guide speaks of the service, not of the tool");
    }

    [Test]
    public async Task Each_callout_outline_is_drawn_at_the_box_of_the_element_the_step_acts_on()
    {
        var (masked, _, _, _) = await Guides.GetAsync();

        foreach (var shot in Shots(masked).Where(s => s.Step is "start-new-application" or "change-interface-start" or "stop"))
        {
            var callout = shot.Callouts.Single();
            var image = Png.Read(Path.Combine(masked, "images", shot.Image));
            var color = Rgb(GuideCamera.Colors[callout.Kind]);
            var inBorder = GuideCamera.OutlinePadding - 1.5;

            Assert.That(image[Px(callout.Box.X - inBorder, shot), Px(callout.Box.Y + (callout.Box.Height / 2), shot)], Is.EqualTo(color), $"{shot.Image}: left edge");
            Assert.That(image[Px(callout.Box.X + (callout.Box.Width / 2), shot), Px(callout.Box.Y - inBorder, shot)], Is.EqualTo(color), $"{shot.Image}: top edge");
        }
    }

    [Test]
    public async Task The_protection_order_box_carries_the_leave_unticked_mark_and_the_send_button_the_you_send_mark()
    {
        var (masked, _, _, _) = await Guides.GetAsync();
        var shots = Shots(masked);
        var markdown = await File.ReadAllTextAsync(Path.Combine(masked, "index.md"));

        var box = shots.SelectMany(s => s.Callouts.Select(c => (Shot: s, Callout: c))).Single(c => c.Callout.FullName.Contains("turvakielto", StringComparison.Ordinal));
        var image = Png.Read(Path.Combine(masked, "images", box.Shot.Image));
        var blue = Rgb(GuideCamera.Colors[CalloutKind.LeaveUnticked]);
        var edge = Enumerable.Range(0, (int)box.Callout.Box.Height).Select(dy => image[Px(box.Callout.Box.X - 2.5, box.Shot), Px(box.Callout.Box.Y + dy, box.Shot)]);

        Assert.That(box.Callout.Kind, Is.EqualTo(CalloutKind.LeaveUnticked));
        Assert.That(edge, Has.Some.EqualTo(blue), "the dashed outline is drawn in the leave-unticked colour");
        Assert.That(markdown, Does.Contain("- **✕** Tarvitsemme kotikuntatiedon myös henkilöistä, joilla on turvakielto: jätä valitsematta"));
        Assert.That(shots.Single(s => s.Step == "stop").Callouts.Single().Kind, Is.EqualTo(CalloutKind.YouSend));
        Assert.That(markdown, Does.Contain("- **!** Lähetä DVV:lle: klikkaa vasta, kun olet tarkistanut hakemuksen"));
    }

    [Test]
    public async Task Every_picture_is_a_readable_part_of_the_page_and_not_the_whole_page()
    {
        var (masked, _, _, _) = await Guides.GetAsync();

        Assert.Multiple(() =>
        {
            foreach (var shot in Shots(masked))
            {
                var image = Png.Read(Path.Combine(masked, "images", shot.Image));
                Assert.That(image.Width / shot.DeviceScaleFactor, Is.InRange(GuideCamera.MinPictureWidth, 1280), shot.Image);
                Assert.That(image.Height / shot.DeviceScaleFactor, Is.InRange(80, GuideCamera.MaxPictureHeight), shot.Image);
                Assert.That(shot.Callouts, Is.Not.Empty, $"{shot.Image} marks what the step is about");
            }
        });
    }

    [Test]
    public async Task Personal_fields_are_masked_so_their_pixels_hold_no_text()
    {
        var (masked, _, unmasked, _) = await Guides.GetAsync();
        var shot = Shots(masked).First(s => s.Callouts.Any(c => c.FullName == "Tekninen yhteyshenkilö / Nimi"));
        var contactName = shot.Callouts.First(c => c.FullName == "Tekninen yhteyshenkilö / Nimi").Box;

        var hidden = Pixels(Png.Read(Path.Combine(masked, "images", shot.Image)), contactName, shot.DeviceScaleFactor);
        var shown = Pixels(Png.Read(Path.Combine(unmasked, "images", shot.Image)), contactName, shot.DeviceScaleFactor);

        Assert.That(hidden.Distinct(), Is.EqualTo(new[] { ((byte)0x5A, (byte)0x5A, (byte)0x5A) }));
        Assert.That(shown.Distinct().Count(), Is.GreaterThan(2), "with the mask off the same place shows text");
    }

    [Test]
    public async Task Two_guides_of_the_same_fixtures_and_profile_are_byte_identical()
    {
        var (masked, again, _, _) = await Guides.GetAsync();

        var files = Directory.GetFiles(masked, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(masked, f)).Order(StringComparer.Ordinal).ToArray();

        Assert.That(Directory.GetFiles(again, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).Order(StringComparer.Ordinal), Is.EqualTo(files));
        foreach (var file in files)
        {
            Assert.That(await File.ReadAllBytesAsync(Path.Combine(again, file)), Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(masked, file))), file);
        }
    }

    [Test]
    public async Task The_PDF_gives_each_step_one_page_after_a_title_page_and_stays_small()
    {
        var (masked, _, _, _) = await Guides.GetAsync();
        var pdf = await File.ReadAllBytesAsync(Path.Combine(masked, "ohje.pdf"));

        var text = PdfText.Of(pdf);

        Assert.That(PdfText.Pages(pdf), Is.EqualTo(Shots(masked).Count + 1), "a page that held only a heading, or a picture split over two, would add a page");
        Assert.That(pdf, Has.Length.LessThan(3 * 1024 * 1024));
        Assert.That(text, Does.Contain("Klikkaa ”Aloita uusi hakemus”."), "the PDF is printed from the same text");
    }

    [Test]
    public async Task A_writers_notes_are_merged_into_the_Markdown_the_HTML_and_the_PDF()
    {
        var (_, _, withNotes, _) = await Guides.GetAsync();

        var markdown = await File.ReadAllTextAsync(Path.Combine(withNotes, "index.md"));
        var html = await File.ReadAllTextAsync(Path.Combine(withNotes, "index.html"));
        var pdf = PdfText.Of(await File.ReadAllBytesAsync(Path.Combine(withNotes, "ohje.pdf")));

        var attachments = markdown.IndexOf(". Lisää liitteet", StringComparison.Ordinal);
        Assert.That(markdown.IndexOf(Note, StringComparison.Ordinal), Is.GreaterThan(attachments).And.LessThan(markdown.IndexOf("\n## ", attachments, StringComparison.Ordinal)), "the note stands under its step");
        Assert.That(html, Does.Contain($"<p>{Note}</p>"));
        Assert.That(pdf, Does.Contain(Note));
    }

    [Test]
    public async Task Notes_under_a_heading_that_names_no_step_are_refused_before_the_browser_opens()
    {
        using var folder = new TemporaryFolder();
        var notes = Path.Combine(folder.Path, "notes.md");
        await File.WriteAllTextAsync(notes, "## attachment\nOur text.\n");

        var run = await Tool.RunAsync("guide", "--notes", notes, "--out", Path.Combine(folder.Path, "guide"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(run.Error?.Message, Does.Contain("## attachment\"").And.Contain("did you mean \"attachments\""));
        Assert.That(Path.Combine(folder.Path, "guide"), Does.Not.Exist);
    }

    [Test]
    public async Task A_guide_of_another_rendering_quotes_the_pages_own_words_and_marks_every_step()
    {
        var (_, _, _, other) = await Guides.GetAsync();
        var shots = Shots(other);

        var markdown = await File.ReadAllTextAsync(Path.Combine(other, "index.md"));

        Assert.That(markdown, Does.Contain(". Klikkaa ”Seuraava”.\n").And.Contain(". Klikkaa ”Tallenna luonnos”.\n"), "the label map says Jatka and Tallenna keskeneräisenä; the page says otherwise");
        Assert.That(shots.Where(s => s.Callouts.Count == 0).Select(s => s.Image), Is.Empty, "every picture marks what its step is about");
        Assert.That(markdown, Does.Not.Match(@"\n\d+\. –\n"), "every numbered field has a name in the key");
        Assert.That(shots.Single(s => s.Step == "draft-saved").Callouts.Select(c => c.Kind), Is.EqualTo(new[] { CalloutKind.See }), "the saved message is something to see, not to press");
    }

    [Test]
    public async Task The_guide_page_opens_in_the_browser_with_every_image_loaded()
    {
        var (masked, _, _, _) = await Guides.GetAsync();
        var count = Shots(masked).Count;

        await Page.GotoAsync(new Uri(Path.Combine(masked, "index.html")).AbsoluteUri);

        var images = Page.GetByRole(AriaRole.Img);
        await Expect(images).ToHaveCountAsync(count);
        for (var i = 0; i < count; i++)
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

        var guide = Path.Combine(ToolProcess.TempDirectory(), "guide");

        var run = await Tool.RunAsync("guide", "--profile", profile, "--show-example-values", "--out", guide);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(run.Error?.Message, Does.Contain("--show-example-values"), "the refusal names the option it refuses");
        Assert.That(guide, Does.Not.Exist, "no picture was taken");
    }

    private static async Task<(string, string, string, string)> MakeGuidesAsync()
    {
        var folders = new[] { ToolProcess.TempDirectory(), ToolProcess.TempDirectory(), ToolProcess.TempDirectory(), ToolProcess.TempDirectory() };
        var notes = Path.Combine(folders[2], "notes.md");
        await File.WriteAllTextAsync(notes, $"## attachments\n{Note}\n");
        // One after another: the other fixtures' tests keep both cores busy meanwhile.
        string[][] guides =
        [
            ["guide", "--out", folders[0]],
            ["guide", "--out", folders[1]],
            ["guide", "--out", Path.Combine(folders[2], "guide"), "--show-example-values", "--notes", notes],
        ];
        foreach (var args in guides)
        {
            var run = await Tool.RunAsync(args);
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), run.Output + run.Error);
        }

        var other = await Tool.RunWithSmallPicturesAsync("guide", "--out", folders[3], "--replica", "uibootstrap");
        Assert.That(other.ExitCode, Is.EqualTo(ExitCodes.ReachedTheStop), other.Output + other.Error);

        return (folders[0], folders[1], Path.Combine(folders[2], "guide"), folders[3]);
    }

    private static List<GuideShot> Shots(string guide) =>
        [.. Directory.GetFiles(Path.Combine(guide, "images"), "*.json").Order(StringComparer.Ordinal)
            .Select(file => JsonSerializer.Deserialize<GuideShot>(File.ReadAllText(file), ToolJson.Written)!)];

    private static int Px(double cssPixels, GuideShot shot) => (int)Math.Round(cssPixels * shot.DeviceScaleFactor);

    private static (byte, byte, byte) Rgb(string hex) =>
        (Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));

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
