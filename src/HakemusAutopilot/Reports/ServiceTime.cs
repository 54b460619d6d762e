namespace HakemusAutopilot.Reports;

/// <summary>The service's clock: a report's times read as the page's do, whatever the machine's time zone.</summary>
internal static class ServiceTime
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Helsinki);
}
