using HakemusAutopilot.Commands;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Cli;

[Parallelizable(ParallelScope.All)]
internal sealed class CommandLineTests
{
    [TestCase("frobnicate")]
    [TestCase("rehearse", "--no-such-option")]
    [TestCase("run")]
    [TestCase("run", "--profile", "x.json", "--headless")]
    [TestCase("run", "--profile", "x.json", "--base-url", "asiointi.dvv.fi")]
    [TestCase("rehearse", "--variant", "no-such-variant")]
    [TestCase("record")]
    [TestCase("record", "--out", "x", "--language", "de")]
    [TestCase("serve-replica", "--port", "70000")]
    [TestCase]
    public async Task A_wrong_command_line_gets_the_usage_and_exit_code_2(params string[] args)
    {
        var result = await ToolProcess.RunAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("Usage:"));
    }

    [Test]
    public async Task Help_lists_every_command()
    {
        var result = await ToolProcess.RunAsync(["--help"]);

        // Each command is the first word of a line under "Commands:", so a word in another command's description does not count.
        var listed = result.Output[result.Output.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Select(line => line.Trim().Split(' ')[0]).Where(word => word.Length > 0);

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(listed, Is.EquivalentTo(new[] { "rehearse", "run", "guide", "check", "record", "serve-replica", "validate", "plan", "doctor", "install-browser" }));
    }

    [Test]
    public async Task A_broken_browser_config_file_stops_at_start_naming_the_file()
    {
        var folder = ToolProcess.TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder, "playwright.config.json"), "{ \"Browser\": { \"Kind\": ");

        var result = await ToolProcess.RunAsync(["doctor"], folder);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("playwright.config.json"));
    }

    [TestCase("HAKEMUS_Browser__Kind", "teleport", "Browser:Kind")]
    [TestCase("HAKEMUS_Browser__ViewportWidth", "12", "ViewportWidth")]
    [TestCase("HAKEMUS_Browser__Channel", "netscape", "Browser:Channel")]
    public async Task A_bad_setting_stops_at_start_with_the_key_and_the_reason(string variable, string value, string key)
    {
        var environment = new Dictionary<string, string> { [variable] = value };
        if (variable.EndsWith("Channel", StringComparison.Ordinal))
        {
            environment["HAKEMUS_Browser__Kind"] = "channel";
        }

        var result = await ToolProcess.RunAsync(["doctor"], environment: environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain(key));
    }

    [Test]
    public async Task A_browser_that_is_not_there_is_explained_with_how_to_get_one()
    {
        // Only the browser with a window is missing: the headless shell still starts, and the operator's run would not.
        var environment = new Dictionary<string, string> { ["HAKEMUS_Browser__ExecutablePath"] = "/nonexistent/chromium" };

        var result = await ToolProcess.RunAsync(["doctor"], environment: environment);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(result.Output, Does.Contain("apt-get install chromium").And.Contain("msedge").And.Contain("install-browser").And.Contain("/nonexistent/chromium'"));
    }

    [Test]
    public async Task Doctor_says_which_browser_is_used_and_that_it_starts_in_the_operators_language()
    {
        var finnish = await ToolProcess.RunAsync(["doctor"]);
        var swedish = await ToolProcess.RunAsync(["doctor", "--ui-language", "sv"]);

        Assert.That(finnish.ExitCode, Is.Zero, finnish.Output + finnish.Error);
        Assert.That(finnish.Output, Does.Contain("Selain käynnistyy: kyllä").And.Contain("playwright.config.json").And.Contain("Ajot kirjoitetaan kansioon"));
        Assert.That(swedish.Output, Does.Contain("Webbläsaren startar: ja").And.Contain("Körningarna skrivs till"));
    }
}
