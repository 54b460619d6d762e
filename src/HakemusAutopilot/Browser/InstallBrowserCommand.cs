using System.CommandLine;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Browser;

/// <summary>`install-browser`: Playwright's own Chromium, where there is internet.</summary>
internal static class InstallBrowserCommand
{
    public static Command Create(ICommandServices services)
    {
        var command = new Command("install-browser", "Download Playwright's own Chromium (needs internet).");
        command.SetHandler<ConfigSources>(services, (sources, _, context) => Task.FromResult(Run(context.Output, context.UiLanguage, sources)));
        return command;
    }

    private static int Run(TextWriter output, string language, ConfigSources sources)
    {
        output.WriteLine(OperatorText.Say(nameof(Texts.InstallRunning), language));
        var code = Microsoft.Playwright.Program.Main(["install", "chromium"]);
        if (code == 0)
        {
            output.WriteLine(OperatorText.Say(nameof(Texts.InstallDone), language, sources.BrowserConfigPath));
            return ExitCodes.ReachedTheStop;
        }

        output.WriteLine(OperatorText.Say(nameof(Texts.InstallFailed), language));
        return ExitCodes.Failed;
    }
}
