namespace HakemusAutopilot.Guides;

/// <summary>The replica's clock stands still for a guide, so that the "tallennettu" stamp, and so every image, is the same each time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    public static FixedTimeProvider GuideDay { get; } = new(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"));

    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => now;
}
