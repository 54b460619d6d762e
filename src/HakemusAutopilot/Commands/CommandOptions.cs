using System.CommandLine;
using System.CommandLine.Parsing;
using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Commands;

/// <summary>The options more than one command takes, each written once; the root carries the two every command takes.</summary>
internal static class CommandOptions
{
    public static readonly Option<string> UiLanguage = new Option<string>("--ui-language")
    {
        Description = "Language of everything you read: the console, the report (fi, sv or en).",
        DefaultValueFactory = _ => OperatorText.DefaultLanguage,
        Recursive = true,
    }.AcceptOnlyFromAmong([.. OperatorText.Languages]);

    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show the log on the console, not only in the run folder.", Recursive = true };

    public static readonly Option<FileInfo?> Profile = new("--profile") { Description = "The institution's profile (JSON or YAML); the bundled example when left out." };

    public static readonly Option<FileInfo> RequiredProfile = new("--profile") { Description = "The institution's profile (JSON or YAML).", Required = true };

    public static readonly Option<Uri> BaseUrl = new("--base-url")
    {
        Description = "Another origin of the service (a test environment, a copy on loopback).",
        DefaultValueFactory = _ => Defaults.ServiceOrigin,
        CustomParser = ParseBaseUrl,
    };

    public static readonly Option<string> ServiceLanguage = new Option<string>("--language")
    {
        Description = "The e-service's language: fi, sv or en.",
        DefaultValueFactory = _ => "fi",
    }.AcceptOnlyFromAmong("fi", "sv", "en");

    public static readonly Option<FileInfo?> Answers = new("--answers") { Description = "Answers to the questions an earlier run left open (the report's answers-template.json, with the numbers written in).", HelpName = "file" };

    private static Uri ParseBaseUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri($"{uri.GetLeftPart(UriPartial.Path)}/");
        }

        result.AddError($"--base-url must be an absolute http(s) address such as https://asiointi.dvv.fi/ (got '{text}').");
        return Defaults.ServiceOrigin;
    }
}
