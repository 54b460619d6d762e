using HakemusAutopilot.Browser;

namespace HakemusAutopilot.Tests.Browser;

[Parallelizable(ParallelScope.All)]
internal sealed class BrowserOptionsTests
{
    private const string Full = "/usr/bin/full-chromium";
    private const string Missing = "/nonexistent/chromium-headless-shell";
    private static readonly string Installed = typeof(BrowserOptionsTests).Assembly.Location;

    [Test]
    public void A_headless_run_starts_the_headless_shell_where_it_is_installed()
    {
        var options = Executable(shell: Installed);

        Assert.That(options.ExecutableFor(headless: true), Is.EqualTo(Installed));
        Assert.That(options.Describe(), Does.Contain(Full).And.Contain(Installed), "doctor names both files");
    }

    [Test]
    public void A_run_with_a_window_starts_the_full_browser_even_with_the_shell_installed() =>
        Assert.That(Executable(shell: Installed).ExecutableFor(headless: false), Is.EqualTo(Full));

    [TestCase(Missing)]
    [TestCase(null)]
    public void A_headless_run_without_the_shell_starts_the_full_browser(string? shell)
    {
        var options = Executable(shell);

        Assert.That(options.ExecutableFor(headless: true), Is.EqualTo(Full));
        Assert.That(options.Describe(), Is.EqualTo($"executable '{Full}'"));
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

    private static BrowserOptions Executable(string? shell) =>
        new() { Kind = BrowserKind.Executable, ExecutablePath = Full, HeadlessExecutablePath = shell };
}
