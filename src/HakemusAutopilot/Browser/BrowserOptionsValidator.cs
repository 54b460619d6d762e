using Microsoft.Extensions.Options;

namespace HakemusAutopilot.Browser;

internal sealed class BrowserOptionsValidator : IValidateOptions<BrowserOptions>
{
    private static readonly string[] KnownChannels = ["msedge", "msedge-beta", "msedge-dev", "chrome", "chrome-beta", "chrome-dev", "chromium"];

    public ValidateOptionsResult Validate(string? name, BrowserOptions options)
    {
        var failures = new List<string>();
        switch (options.Kind)
        {
            case BrowserKind.Channel when string.IsNullOrWhiteSpace(options.Channel):
                failures.Add("Browser:Channel is empty but Browser:Kind is 'channel'. Set it to msedge or chrome.");
                break;
            case BrowserKind.Channel when !KnownChannels.Contains(options.Channel, StringComparer.OrdinalIgnoreCase):
                failures.Add($"Browser:Channel '{options.Channel}' is not a channel Playwright knows. Use one of: {string.Join(", ", KnownChannels)}.");
                break;
            case BrowserKind.Executable when string.IsNullOrWhiteSpace(options.ExecutablePath):
                failures.Add("Browser:ExecutablePath is empty but Browser:Kind is 'executable'. Set it to the browser's path, e.g. /usr/bin/chromium.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
