namespace HakemusAutopilot.Reports;

/// <summary>The service's clock: a report's times read as the page's do, whatever the machine's time zone.</summary>
internal static class ServiceTime
{
    // Windows without ICU knows Helsinki only by its Windows name; a machine with no zone data at all gets UTC, marked as such.
    private static readonly TimeZoneInfo Helsinki =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Helsinki", out var iana) ? iana
        : TimeZoneInfo.TryFindSystemTimeZoneById("FLE Standard Time", out var windows) ? windows
        : TimeZoneInfo.Utc;

    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Helsinki);
}
