using HakemusAutopilot.Browser;

namespace HakemusAutopilot.Tests.Browser;

[Parallelizable(ParallelScope.All)]
internal sealed class BrowserOptionsTests
{
    private static readonly string Installed = typeof(BrowserOptionsTests).Assembly.Location;

    [TestCase(true, "shell", "shell")]
    [TestCase(false, "shell", "full")]
    [TestCase(true, "missing", "full")]
    [TestCase(true, "unset", "full")]
    public void A_headless_run_starts_the_headless_shell_only_where_it_is_installed(bool headless, string shell, string started)
    {
        var options = new BrowserOptions
        {
            Kind = BrowserKind.Executable,
            ExecutablePath = "/usr/bin/full-chromium",
            HeadlessExecutablePath = shell switch { "shell" => Installed, "missing" => "/nonexistent/chromium-headless-shell", _ => null },
        };

        Assert.That(options.ExecutableFor(headless), Is.EqualTo(started == "shell" ? Installed : "/usr/bin/full-chromium"));
        Assert.That(options.Describe(headless), Does.Contain(options.ExecutableFor(headless)));
    }

    [Test]
    public void A_channel_or_a_managed_browser_is_found_by_Playwright_whatever_the_headless_shell_setting()
    {
        foreach (var kind in new[] { BrowserKind.Channel, BrowserKind.Managed })
        {
            var options = new BrowserOptions { Kind = kind, Channel = "msedge", ExecutablePath = Installed, HeadlessExecutablePath = Installed };

            Assert.That(options.ExecutableFor(headless: true), Is.Null, kind.ToString());
        }
    }
}
