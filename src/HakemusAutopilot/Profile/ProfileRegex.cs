namespace HakemusAutopilot.Profile;

internal static class ProfileRegex
{
    // The patterns are linear, so the limit only guards against a pathological input; it is measured on the wall
    // clock, and a busy machine that pauses a thread for a second must not turn a valid profile into a crash.
    public const int TimeoutMilliseconds = 10_000;
}
