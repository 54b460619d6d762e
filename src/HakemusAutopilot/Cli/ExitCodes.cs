namespace HakemusAutopilot.Cli;

internal static class ExitCodes
{
    public const int ReachedTheStop = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int InvalidInput = 3;
    public const int StoppedForOperator = 4;
    public const int Cancelled = 130;
}
