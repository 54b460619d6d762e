namespace HakemusAutopilot.Commands;

/// <summary>What every command uses when told nothing else: the e-service's own address and the bundled fixtures.</summary>
internal static class Defaults
{
    public static readonly Uri ServiceOrigin = new("https://asiointi.dvv.fi/");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "fixtures");
}
