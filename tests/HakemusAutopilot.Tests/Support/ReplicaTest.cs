using HakemusAutopilot.Browser;
using HakemusAutopilot.Commands;
using HakemusAutopilot.Rehearsal;
using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;

namespace HakemusAutopilot.Tests.Support;

/// <summary>
/// The one base of the browser tests: a page at the service's origin, served by the replica through the tool's
/// own routing, in a context pinned to fi-FI and Helsinki time, with the send guard armed.
/// It extends Playwright's NUnit base for its assertions but opens the page as the tool does (ServiceSessions), in
/// the browser the in-process runs share: Playwright's own base takes its launch options from a .runsettings file,
/// and playwright.config.json must stay the one place for them.
/// </summary>
[Parallelizable(ParallelScope.Self)]
internal abstract class ReplicaTest : PlaywrightTest
{
    /// <summary>Our replica's address of the application form (the other renderings have their own).</summary>
    public const string FormRoute = "#!/hakemus/vtj-muutosrajapinta/lomake";

    public static readonly LabelMap LabelMap = LabelMap.Load(RepoPaths.File("src", "HakemusAutopilot", "Service", "labels.json"));

    private static readonly ServiceSessions Sessions = new(TestBrowser.LauncherSharing(Tool.Browsers), LabelMap, NullLoggerFactory.Instance);

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    protected ReplicaBackend Backend { get; private set; } = null!;

    protected RehearsalRouting Routing { get; private set; } = null!;

    protected SendGuard Guard { get; private set; } = null!;

    protected Wizard Wizard { get; private set; } = null!;

    protected ServiceLabels Labels => Wizard.Labels;

    protected virtual IReadOnlySet<string> Variants => new HashSet<string>();

    private ServiceSession session = null!;

    [SetUp]
    public async Task ReplicaSetUp()
    {
        Backend = new ReplicaBackend(RepoPaths.Fixtures("site"), Variants, "fi", new ReplicaJournal(), TimeProvider.System);
        Routing = new RehearsalRouting(Backend, recording: null, NullLogger<RehearsalRouting>.Instance);
        session = await Sessions.OpenAsync(new SessionRequest(Headless: true, LoopbackOnly: true, "fi") { Prepare = Routing.AttachAsync });
        (Context, Guard, Wizard) = (session.Context, session.Guard, session.Wizard);
        Page = Wizard.Page;
    }

    /// <summary>
    /// The form, reached the short way by a test about the form and not about the way there: the replica's own
    /// session and start-page choice are put in its storage and its form route opened. The walk's tests go the long way.
    /// </summary>
    protected async Task<ApplicationFormPage> OpenFormDirectlyAsync()
    {
        await Page.GotoAsync(new Uri(Defaults.ServiceOrigin, Labels.LoginRoute).ToString());
        await Page.EvaluateAsync("""
            () => {
              sessionStorage.setItem('replica-session', JSON.stringify({ nimi: 'Testi Käyttäjä' }));
              sessionStorage.setItem('replica-aloitus', JSON.stringify({ hakemustyyppi: 'uusi', tilaustyyppi: 'henkilotunnus' }));
            }
            """);
        await Page.GotoAsync(new Uri(Defaults.ServiceOrigin, FormRoute).ToString());
        return await ApplicationFormPage.ReachedAsync(Wizard);
    }

    [TearDown]
    public async Task ReplicaTearDown() => await session.DisposeAsync();
}
