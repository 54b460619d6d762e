using System.Globalization;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Guides;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using HakemusAutopilot.Walk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace HakemusAutopilot.Cli;

internal static class AppHost
{
    private const string ConsoleTemplate = "[{Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static string FindBrowserConfig()
    {
        var inWorkingDirectory = Path.GetFullPath(BrowserOptions.FileName);
        return File.Exists(inWorkingDirectory) ? inWorkingDirectory : Path.Combine(AppContext.BaseDirectory, BrowserOptions.FileName);
    }

    public static IHost Build(bool verbose, Action<IServiceCollection>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        var browserConfig = FindBrowserConfig();
        builder.Configuration.AddJsonFile(browserConfig, optional: false, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables("HAKEMUS_");

        var services = builder.Services;
        services.AddSingleton(new ConfigSources(browserConfig));
        services.AddSingleton(TimeProvider.System);
        services.AddOptionsWithValidateOnStart<BrowserOptions, BrowserOptionsValidator>()
            .Bind(builder.Configuration.GetSection(BrowserOptions.Section))
            .ValidateDataAnnotations();
        services.AddOptionsWithValidateOnStart<RunsOptions>()
            .Bind(builder.Configuration.GetSection(RunsOptions.Section))
            .ValidateDataAnnotations();
        services.AddOptionsWithValidateOnStart<ProfileRulesOptions, ProfileRulesOptionsValidator>()
            .Bind(builder.Configuration.GetSection(ProfileRulesOptions.Section));
        services.AddOptionsWithValidateOnStart<GuideOptions>()
            .Bind(builder.Configuration.GetSection(GuideOptions.Section))
            .ValidateDataAnnotations();
        services.AddOptions<Questions.SiteMemoryOptions>()
            .Bind(builder.Configuration.GetSection(Questions.SiteMemoryOptions.Section));
        services.AddSingleton(sp => new ProfileLoader(sp.GetRequiredService<IOptions<ProfileRulesOptions>>().Value));
        services.AddSingleton(_ => LabelMap.Load());
        services.AddSingleton<Redactor>();
        services.AddSingleton<RunLogSink>();
        services.AddSingleton<ReportWriter>();
        services.AddSingleton<PlaywrightDriver>();
        services.AddSingleton<BrowserLauncher>();
        services.AddSingleton<ServiceSessions>();
        services.AddSingleton<ProfileGate>();
        services.AddSingleton(WalkStart.AtLogin);
        services.AddSingleton<RunSession>();
        services.AddSingleton<PlanCommand>();
        services.AddSingleton<Drift.CheckCommand>();
        services.AddSingleton<Recording.RecordCommand>();
        services.AddSingleton<Rehearsal.ServeReplicaCommand>();
        services.AddSingleton<Operator.IOperatorInput>(_ => new Operator.ConsoleInput());
        services.AddSingleton<Operator.OperatorWait>();
        services.AddSingleton<Cli.DoctorCommand>();

        // The operator reads the console messages in their own language; the English log goes to the run folder (or, with --verbose, here too).
        // The host's logger stays its own (not the static Log.Logger), so two hosts in one process never share a run's log.
        services.AddSerilog(
            (sp, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .WriteTo.Sink(sp.GetRequiredService<RunLogSink>())
                .WriteTo.Console(
                    new RedactingFormatter(new MessageTemplateTextFormatter(ConsoleTemplate, CultureInfo.InvariantCulture), sp.GetRequiredService<Redactor>()),
                    restrictedToMinimumLevel: verbose ? LogEventLevel.Information : LogEventLevel.Fatal,
                    standardErrorFromLevel: LogEventLevel.Verbose),
            preserveStaticLogger: true);

        overrides?.Invoke(services);
        return builder.Build();
    }
}
