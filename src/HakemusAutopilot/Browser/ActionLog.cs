using Microsoft.Playwright;

namespace HakemusAutopilot.Browser;

/// <summary>One press of the tool's and the write requests the page made after it, until the next press.</summary>
internal sealed record PressRecord(string Intent, string Element, IReadOnlyList<string> Writes);

/// <summary>
/// What the tool did to the service: every press, and every request that could change something (any method but
/// GET and HEAD) that followed it, by method and path only. The real send endpoint is unknown, so a reviewer reads
/// here exactly what each click caused.
/// </summary>
internal sealed class ActionLog
{
    private readonly Lock gate = new();
    private readonly List<(string Intent, string Element, List<string> Writes)> presses = [];
    private readonly List<string> beforeFirstPress = [];

    public void Watch(IPage page) => page.Request += (_, request) => Requested(request.Method, request.Url);

    public void Pressed(string intent, string element)
    {
        lock (gate)
        {
            presses.Add((intent, element, []));
        }
    }

    public void Requested(string method, string url)
    {
        if (method.Equals("GET", StringComparison.OrdinalIgnoreCase) || method.Equals("HEAD", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return;
        }

        var write = $"{method.ToUpperInvariant()} {uri.Host}{uri.AbsolutePath}";
        lock (gate)
        {
            (presses.Count == 0 ? beforeFirstPress : presses[^1].Writes).Add(write);
        }
    }

    public IReadOnlyList<PressRecord> Presses
    {
        get
        {
            lock (gate)
            {
                var all = presses.Select(p => new PressRecord(p.Intent, p.Element, [.. p.Writes])).ToList();
                if (beforeFirstPress.Count > 0)
                {
                    all.Insert(0, new PressRecord("(before the first press)", string.Empty, [.. beforeFirstPress]));
                }

                return all;
            }
        }
    }
}
