namespace HakemusAutopilot.Rehearsal;

internal static class Origins
{
    /// <summary>Same scheme, host and port: what the browser treats as one site.</summary>
    public static bool Same(Uri a, Uri b) =>
        a.Scheme == b.Scheme && a.Host.Equals(b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
