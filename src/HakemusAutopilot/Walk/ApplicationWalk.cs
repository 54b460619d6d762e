using System.Diagnostics;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using HakemusAutopilot.Service.Resolving;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Walk;

internal sealed record WalkSettings(Uri BaseUrl, bool SimulatedLogin, TimeSpan LoginTimeout, TimeSpan LoginReportEvery, string LabelMapPath, int SaveAttempts = 3)
{
    public TimeSpan SaveRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>See <see cref="WalkStart"/>.</summary>
    public Uri? FormAddress { get; init; }
}

/// <summary>
/// Where a walk opens the service: at its login page, DVV's first step, or, for a test about the form and not about
/// the way there, at the form's own address, which the service shows after the login as it does after a session expiry.
/// </summary>
internal sealed record WalkStart(Uri? FormAddress)
{
    public static readonly WalkStart AtLogin = new((Uri?)null);
}

/// <summary>DVV's instructions, step by step, from the login page to the stop before "Lähetä DVV:lle".</summary>
internal sealed class ApplicationWalk(
    Wizard wizard,
    WalkSettings settings,
    FormPlan plan,
    RunReport report,
    OperatorConsole console,
    DialogWatch dialogs,
    Redactor redactor,
    ILogger logger,
    IStepCamera? camera = null)
{
    // A form that keeps offering a next page after this many is going round in circles.
    private const int MaxFormPages = 12;

    private readonly List<ILocator> personalFields = [];
    private readonly HashSet<string> filled = new(StringComparer.Ordinal);

    public IReadOnlyList<ILocator> PersonalFields => personalFields;

    /// <summary>The step the walk is at; the operator's answers are kept by it.</summary>
    public string CurrentStep
    {
        get;
        private set
        {
            field = value;
            wizard.Questions?.Step = value;
        }
    } = "start";

    public async Task<ApplicationFormPage> WalkToTheStopAsync(CancellationToken cancellationToken)
    {
        var form = settings.FormAddress is { } address ? await OpenTheFormAsync(address, cancellationToken) : await WalkToTheFormAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await report.PhaseAsync("fill", async () => { await FillFormAsync(form); return 0; });
                await SaveDraftAsync(form);
                await StepAsync("stop", new OperatorText(nameof(Texts.ExpectedButton), wizard.Labels.SendButton), () => StopAsync(form));
                return form;
            }
            catch (SessionExpiredException) when (attempt < 3)
            {
                report.AddEvent(nameof(Texts.EventSessionExpired));
                logger.LogWarning("The session expired at step {Step}; waiting for a new login", CurrentStep);
                console.Say(nameof(Texts.ConsoleSessionExpired));
                // The box is looked at afresh on the reopened form: what was seen before the expiry no longer counts.
                report.ProtectionOrderUnticked = null;
                await StepAsync("login-again", new OperatorText(nameof(Texts.ExpectedLoggedInForm)), () => LogInAsync(wizard.Intents["purpose"], cancellationToken));
                form = await StepAsync("reopen-form", new OperatorText(nameof(Texts.ExpectedFormFieldWithDraft), wizard.Labels.Purpose), () => ApplicationFormPage.ReachedAsync(wizard));
            }
        }
    }

    private async Task<ApplicationFormPage> WalkToTheFormAsync(CancellationToken cancellationToken)
    {
        await StepAsync("login", new OperatorText(nameof(Texts.ExpectedLoggedIn)), () => LogInAsync(wizard.Intents["startNewApplication"], cancellationToken));
        var front = await StepAsync("front-page", new OperatorText(nameof(Texts.ExpectedButton), wizard.Labels.StartNewApplication), () => FrontPage.ReachedAsync(wizard));
        var catalog = await StepAsync("start-new-application", new OperatorText(nameof(Texts.ExpectedTab), wizard.Labels.PublicAdministrationTab), () => front.StartNewApplicationAsync(Camera("start-new-application")));
        await StepAsync("public-administration", new OperatorText(nameof(Texts.ExpectedButton), wizard.Labels.PopulationDataServices), () => catalog.ChoosePublicAdministrationAsync(Camera("public-administration")));
        await StepAsync("population-data-services", new OperatorText(nameof(Texts.ExpectedItem), wizard.Labels.ChangeInterfaceService), () => catalog.OpenPopulationDataServicesAsync(Camera("population-data-services")));
        var start = await StepAsync("change-interface-start", new OperatorText(nameof(Texts.ExpectedChoice), wizard.Labels.NewApplication), () => catalog.StartChangeInterfaceApplicationAsync(Camera("change-interface-start")));
        await StepAsync("new-application", new OperatorText(nameof(Texts.ExpectedOrderType), wizard.Labels.OrderTypeByPersonalIdentityCodes), () => start.ChooseNewApplicationAsync(Camera("new-application")));
        await StepAsync("order-type", new OperatorText(nameof(Texts.ExpectedOrderType), wizard.Labels.OrderTypeByPersonalIdentityCodes), () => start.ChooseOrderTypeAsync(Camera("order-type")));
        return await StepAsync("open-form", new OperatorText(nameof(Texts.ExpectedFormField), wizard.Labels.Purpose), () => start.ContinueAsync(Camera("open-form")));
    }

    private async Task<ApplicationFormPage> OpenTheFormAsync(Uri address, CancellationToken cancellationToken)
    {
        await StepAsync("login", new OperatorText(nameof(Texts.ExpectedLoggedInForm)), async () =>
        {
            // The service sends a visitor who is not logged in to its login page, and back to the form after it. Its
            // login control shows only after the address has turned to the login route, which an event may report late.
            await wizard.Page.GotoAsync(address.ToString());
            await wizard.WaitForAsync(wizard.Intents["identify"]);
            return await LogInAsync(wizard.Intents["purpose"], cancellationToken);
        });
        return await StepAsync("open-form", new OperatorText(nameof(Texts.ExpectedFormField), wizard.Labels.Purpose), () => ApplicationFormPage.ReachedAsync(wizard));
    }

    private Func<ILocator, Task>? Camera(string step) => camera is null ? null : target => CaptureAsync(step, target);

    private async Task<int> LogInAsync(Intent landing, CancellationToken cancellationToken)
    {
        var login = new LoginPage(wizard, settings.BaseUrl.Host);
        if (!wizard.IsLoginRoute(wizard.Page.Url))
        {
            login = await LoginPage.OpenAsync(wizard, settings.BaseUrl);
        }

        var shown = await login.WaitUntilShownAsync();
        // The page's own login control, found by meaning as the walk finds it, not by the label map's guess.
        var identify = shown?.Intent.Key == "identify" ? shown : null;
        await CaptureAsync("login", identify?.Locator ?? login.IdentifyButton);
        if (settings.SimulatedLogin)
        {
            await login.IdentifyAsSimulatedPersonAsync(shown);
        }
        else
        {
            console.Say(nameof(Texts.ConsoleLogin), wizard.Page.Url, (int)settings.LoginTimeout.TotalMinutes);
        }

        await login.WaitForLoginAsync(
            settings.LoginTimeout,
            waited => console.Say(nameof(Texts.ConsoleStillWaiting), (int)waited.TotalMinutes),
            settings.LoginReportEvery,
            cancellationToken);
        if (!settings.SimulatedLogin)
        {
            console.Say(nameof(Texts.ConsoleLoggedIn));
        }

        // The signed-in person's name shows in the page's chrome; it is masked wherever the run writes what a page said.
        redactor.AddKnownValues(await wizard.SignedInNamesAsync());

        await ChooseOrganisationIfAskedAsync(landing, cancellationToken);
        return 0;
    }

    private async Task ChooseOrganisationIfAskedAsync(Intent landing, CancellationToken cancellationToken)
    {
        var chooser = new OrganisationChooser(wizard);
        Intent[] either = plan.ActAs is { } named ? [landing, OrganisationChooser.Organisation(named)] : [landing];
        Resolution? shown = null;
        var unsure = false;
        try
        {
            shown = await wizard.WaitForAnyAsync(either);
        }
        catch (UnsureException)
        {
            unsure = true;
        }

        if (shown?.Intent == landing)
        {
            return;
        }

        if (shown is not null && await chooser.ChooseAsync(plan.ActAs!))
        {
            report.AddEvent(nameof(Texts.EventActedForProfile));
            await wizard.WaitForAsync(landing);
            return;
        }

        if (shown is null && !unsure && !await chooser.IsShownAsync())
        {
            throw new TargetNotFoundException(landing, await wizard.NearestAsync(landing));
        }

        report.AddEvent(nameof(Texts.EventActedForOperatorChoice));
        console.Say(nameof(Texts.ConsoleChooseOrganisation));
        cancellationToken.ThrowIfCancellationRequested();
        await wizard.WaitForAsync(landing, settings.LoginTimeout);
    }

    private async Task FillFormAsync(ApplicationFormPage form)
    {
        CurrentStep = "fill-form";
        console.Progress(CurrentStep);
        var pending = plan.Fields.Where(f => f.Field != FormField.HomeMunicipalityForProtectionOrder).ToList();
        var attachmentsDone = plan.Attachments.Count == 0;
        var formPage = 0;
        while (formPage < MaxFormPages)
        {
            var here = await FieldsOnThisPageAsync(pending);
            if (here.Count < pending.Count && await form.ExpandCollapsedSectionsAsync() > 0)
            {
                report.AddEvent(nameof(Texts.EventOpenedSections));
                here = await FieldsOnThisPageAsync(pending);
            }

            formPage++;
            await FillAsync(form, here);
            pending.RemoveAll(p => here.Any(h => h.Planned == p));

            await CheckProtectionOrderAsync(form);
            if (camera is not null)
            {
                // Taken once the page is filled, so that the picture shows what goes where, and the box unticked.
                var box = await wizard.WaitForAnyAsync([wizard.Intents["protectionOrder"]], TimeSpan.Zero);
                await CaptureAsync(
                    $"form-{formPage}",
                    [.. here.SelectMany(h => h.Targets.Select(t => new StepTarget(t.Locator))), .. box is null ? Array.Empty<StepTarget>() : [new StepTarget(box.Locator, CalloutKind.LeaveUnticked)]]);
            }

            if (!attachmentsDone && await form.FindAttachmentTargetAsync() is { } attachTo)
            {
                await StepAsync("attachments", new OperatorText(nameof(Texts.ExpectedAttachPlace), wizard.Labels.AddAttachment), () => AttachAllAsync(form, attachTo));
                // After attaching, so that the picture shows the list of what was added; the page may have drawn the
                // control anew meanwhile.
                await CaptureAsync("attachments", (camera is { MarksElements: true } ? await AttachmentControlNowAsync(form) : null) ?? attachTo.Locator);
                attachmentsDone = true;
            }

            dialogs.ThrowIfUnexpected();
            if (pending.Count == 0 && attachmentsDone)
            {
                return;
            }

            if (!await form.GoToNextPageAsync())
            {
                break;
            }

            if (form.IsLoggedOut)
            {
                throw new SessionExpiredException();
            }
        }

        // What the form never showed with certainty is a question: answered from memory, by the operator, or left open.
        foreach (var planned in wizard.Questions is null ? [] : pending.ToList())
        {
            var intent = IntentOf(planned.Field)[0];
            var scan = await wizard.Resolver.ScanAsync();
            var ranked = wizard.Resolver.Rank(intent, scan).Where(r => !filled.Contains(r.Candidate.Id)).ToList();
            if (await wizard.Questions!.AnswerAsync(intent, ranked, scan, canSkip: true, taken: filled) is { } target)
            {
                await FillAsync(form, [(planned, [target])]);
            }

            pending.Remove(planned);
        }

        if (pending.Count == 0 && attachmentsDone)
        {
            return;
        }

        var missing = pending.Count > 0 ? IntentOf(pending[0].Field)[0] : wizard.Intents["addAttachment"];
        var nearest = await wizard.NearestAsync(missing);
        CurrentStep = "fill-form";
        report.AddStep(new StepRecord(CurrentStep, "failed", 0));
        throw new StepFailedException(CurrentStep, new OperatorText(nameof(Texts.ExpectedField), missing.ToString()), new FieldNotFoundException(missing.ToString(), nearest, settings.LabelMapPath));
    }

    /// <summary>
    /// Types each field's value, then reads them all back in one look and records them. A failure part of the way
    /// still records what was typed before it: the report keeps everything filled so far.
    /// </summary>
    private async Task FillAsync(ApplicationFormPage form, IReadOnlyList<(PlannedField Planned, IReadOnlyList<Resolution> Targets)> fields)
    {
        var typed = new List<(PlannedField Planned, IReadOnlyList<Resolution> Targets)>();
        try
        {
            foreach (var (planned, targets) in fields)
            {
                var values = targets.Count == 1 ? [planned.Value] : SplitName(planned.Value);
                for (var i = 0; i < targets.Count; i++)
                {
                    filled.Add(targets[i].Candidate.Id);
                    if (planned.IsPersonal)
                    {
                        personalFields.Add(targets[i].Locator);
                    }

                    await form.TypeAsync(targets[i].Locator, values[i]);
                }

                typed.Add((planned, targets));
            }
        }
        catch
        {
            await RecordAsync(form, typed, quietly: true);
            throw;
        }

        await RecordAsync(form, typed, quietly: false);
    }

    private async Task RecordAsync(ApplicationFormPage form, IReadOnlyList<(PlannedField Planned, IReadOnlyList<Resolution> Targets)> typed, bool quietly)
    {
        string?[] read;
        try
        {
            read = typed.Count == 0 ? [] : await form.ReadBackAsync(typed.SelectMany(t => t.Targets));
        }
        catch (Exception) when (quietly)
        {
            // The page is gone along with the failure that is already on its way up; what was typed is recorded unread.
            read = new string?[typed.Sum(t => t.Targets.Count)];
        }

        var next = 0;
        foreach (var (planned, targets) in typed)
        {
            var parts = read.Skip(next).Take(targets.Count).ToArray();
            next += targets.Count;
            var value = parts.All(p => p is not null) ? string.Join(' ', parts) : null;
            var label = string.Join(" + ", targets.Select(t => t.Candidate.Describe()));
            report.SetField(new FieldRecord(
                planned.Field.ToString(),
                FormFieldLabels.For(planned.Field, wizard.Labels).Display,
                Shown(planned, planned.Value),
                Shown(planned, value ?? string.Empty),
                value == planned.Value,
                Saved: false));
            logger.LogInformation("Filled {Field} into {Element}, verified {Verified}", planned.Field, planned.IsPersonal ? Redactor.PersonalMarker : label, value == planned.Value);
        }
    }

    /// <summary>The protection-order box is unticked wherever it shows, and read back; it is never left ticked.</summary>
    private async Task CheckProtectionOrderAsync(ApplicationFormPage form, bool mustFind = false)
    {
        if (await form.EnsureProtectionOrderUntickedAsync(mustFind) is not { } unticked)
        {
            return;
        }

        report.ProtectionOrderUnticked = report.ProtectionOrderUnticked is null or true && unticked;
        report.SetField(new FieldRecord(nameof(FormField.HomeMunicipalityForProtectionOrder), wizard.Labels.ProtectionOrder, FieldRecord.Unticked, unticked ? FieldRecord.Unticked : FieldRecord.Ticked, unticked, Saved: report.DraftSaved && unticked));
        if (!unticked)
        {
            throw new ProtectionOrderTickedException(wizard.Labels.ProtectionOrder);
        }
    }

    private static string[] SplitName(string name)
    {
        var at = name.Trim().LastIndexOf(' ');
        return at < 0 ? [name, string.Empty] : [name[..at].Trim(), name[(at + 1)..]];
    }

    private Intent[] IntentOf(FormField field) => field switch
    {
        FormField.Purpose => [wizard.Intents["purpose"]],
        FormField.NeededData => [wizard.Intents["neededData"]],
        FormField.TechnicalContactName => [wizard.Intents["technicalContact.name"], wizard.Intents["technicalContact.firstName"], wizard.Intents["technicalContact.lastName"]],
        FormField.TechnicalContactEmail => [wizard.Intents["technicalContact.email"]],
        FormField.TechnicalContactPhone => [wizard.Intents["technicalContact.phone"]],
        FormField.DeputyName => [wizard.Intents["deputy.name"], wizard.Intents["deputy.firstName"], wizard.Intents["deputy.lastName"]],
        FormField.DeputyEmail => [wizard.Intents["deputy.email"]],
        FormField.DeputyPhone => [wizard.Intents["deputy.phone"]],
        FormField.ProcessEmail => [wizard.Intents["processEmail"]],
        FormField.SecurityStatement => [wizard.Intents["securityStatement"]],
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "the tool does not fill this field"),
    };

    /// <summary>The fields of the plan this page shows, each with a clear winner; a name may come as first and last name.</summary>
    private async Task<List<(PlannedField Planned, IReadOnlyList<Resolution> Targets)>> FieldsOnThisPageAsync(List<PlannedField> pending)
    {
        var scan = await wizard.Resolver.ScanAsync();
        var here = new List<(PlannedField Planned, IReadOnlyList<Resolution> Targets)>();
        var taken = new Dictionary<string, Resolution>(StringComparer.Ordinal);
        void Take(Resolution target)
        {
            // Two of the plan's fields landing on one element is a doubt, never "the last one wins".
            if (!taken.TryAdd(target.Candidate.Id, target))
            {
                var other = taken[target.Candidate.Id];
                throw new UnsureException(target.Intent, [new Scored(target.Candidate, target.Decision.Score, target.Decision.Signals), new Scored(other.Candidate, other.Decision.Score, other.Decision.Signals)]);
            }
        }

        foreach (var planned in pending.ToList())
        {
            var intents = IntentOf(planned.Field);
            var (one, skipped) = await FindFieldAsync(intents[0], scan);
            if (one is not null)
            {
                Take(one);
                here.Add((planned, [one]));
            }
            else if (!skipped && intents.Length == 3)
            {
                // A name in two fields is the operator's as a whole when either half is.
                var (first, firstSkipped) = await FindFieldAsync(intents[1], scan);
                var (last, lastSkipped) = first is null && !firstSkipped ? (null, false) : await FindFieldAsync(intents[2], scan);
                if (first is not null && last is not null)
                {
                    Take(first);
                    Take(last);
                    here.Add((planned, [first, last]));
                }

                skipped = firstSkipped || lastSkipped;
            }

            if (skipped)
            {
                pending.Remove(planned);
            }
        }

        return here;
    }

    /// <summary>A field's clear winner, or an earlier answer for it; where the page offers two alike, the operator's answer.</summary>
    private async Task<(Resolution? Target, bool Skipped)> FindFieldAsync(Intent intent, IReadOnlyList<Candidate> scan)
    {
        try
        {
            return (await wizard.Resolver.FindAsync(intent, scan: scan) ?? wizard.Questions?.Recall(intent, scan), false);
        }
        catch (UnsureException unsure) when (wizard.Questions is not null)
        {
            var answer = await wizard.Questions.AnswerAsync(intent, unsure.Candidates, scan, canSkip: true);
            return (answer, answer is null);
        }
    }

    private async Task<int> AttachAllAsync(ApplicationFormPage form, Resolution target)
    {
        foreach (var attachment in plan.Attachments)
        {
            if (!await form.HasAttachmentAsync(attachment.FileName))
            {
                await form.AttachAsync(target, attachment.FullPath, attachment.FileName, attachment.Description);
            }

            report.AddAttachment(new AttachmentRecord(attachment.FileName, redactor.Redact(attachment.Description), Attached: true));
            logger.LogInformation("Attached {FileName}", attachment.FileName);
        }

        return 0;
    }

    private async Task SaveDraftAsync(ApplicationFormPage form)
    {
        if (!plan.SaveDraft)
        {
            report.AddEvent(nameof(Texts.EventDraftNotSavedByProfile));
            return;
        }

        await StepAsync("save-draft", new OperatorText(nameof(Texts.ExpectedSaveAnswer), wizard.Labels.SaveDraft), async () =>
        {
            for (var attempt = 1; attempt <= settings.SaveAttempts; attempt++)
            {
                // Never saved with the box unseen or ticked: it is looked at again right before every save.
                await CheckProtectionOrderAsync(form, mustFind: report.ProtectionOrderUnticked is null);
                if (report.ProtectionOrderUnticked is null)
                {
                    throw new ProtectionOrderNotFoundException(wizard.Labels.ProtectionOrder);
                }

                var outcome = await form.SaveDraftAsync(dialogs.Unexpected, attempt == 1 ? Camera("save-draft") : null);
                switch (outcome)
                {
                    case SaveOutcome.Saved:
                        report.DraftSaved = true;
                        report.MarkFieldsSaved();
                        return 0;
                    case SaveOutcome.SessionExpired:
                        throw new SessionExpiredException();
                    default:
                        report.AddEvent(nameof(Texts.EventSaveAttemptFailed), attempt, settings.SaveAttempts);
                        logger.LogWarning("Saving the draft failed, attempt {Attempt} of {Attempts}", attempt, settings.SaveAttempts);
                        if (attempt < settings.SaveAttempts)
                        {
                            // A server error is often gone a moment later; an immediate retry would meet the same one.
                            await Task.Delay(settings.SaveRetryDelay * attempt);
                        }

                        break;
                }
            }

            throw new DraftNotSavedException(settings.SaveAttempts);
        });
        if (camera is not null)
        {
            await CaptureAsync("draft-saved", new StepTarget(camera.MarksElements ? await form.SaveMessageAsync() : form.SavedStatus, CalloutKind.See));
        }
    }

    private async Task<int> StopAsync(ApplicationFormPage form)
    {
        if (form.IsLoggedOut)
        {
            throw new SessionExpiredException();
        }

        await CheckProtectionOrderAsync(form, mustFind: report.ProtectionOrderUnticked is null);
        if (report.ProtectionOrderUnticked is null)
        {
            throw new ProtectionOrderNotFoundException(wizard.Labels.ProtectionOrder);
        }

        foreach (var label in await form.EmptyRequiredFieldsAsync())
        {
            report.AddNeedsOperator(label);
        }

        report.SendButtonReached = await form.HighlightSendButtonAsync();
        await CaptureAsync("stop", new StepTarget(form.SendButton, CalloutKind.YouSend));
        return 0;
    }

    private async Task<T> StepAsync<T>(string name, OperatorText expected, Func<Task<T>> action, params ILocator[] targets)
    {
        CurrentStep = name;
        // A person watching a browser they may not touch wants to see that the run is getting on; a person who is to log
        // in is told so by the login message itself.
        if (name != "login" || settings.SimulatedLogin)
        {
            console.Progress(name);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            dialogs.ThrowIfUnexpected();
            if (wizard.Clicker.Overlays is { } overlays && wizard.Page.Url != "about:blank")
            {
                await overlays.CloseKnownAsync();
            }

            if (targets.Length > 0)
            {
                await CaptureAsync(name, targets);
            }

            var result = await action();
            dialogs.ThrowIfUnexpected();
            report.AddStep(new StepRecord(name, "ok", Elapsed(started)));
            report.AddPhase(name, Elapsed(started));
            logger.LogInformation("Step {Step} done in {Milliseconds} ms", name, Elapsed(started));
            return result;
        }
        catch (SessionExpiredException)
        {
            report.AddStep(new StepRecord(name, "session expired", Elapsed(started)));
            throw;
        }
        catch (Exception ex) when (ex is not StepFailedException and not OperationCanceledException)
        {
            report.AddStep(new StepRecord(name, "failed", Elapsed(started)));
            throw new StepFailedException(name, expected, ex);
        }
    }

    private Task StepAsync(string name, OperatorText expected, Func<Task> action, params ILocator[] targets) =>
        StepAsync(name, expected, async () => { await action(); return 0; }, targets);

    /// <summary>For the picture only: a look that is unsure, or finds nothing, falls back and never stops the run.</summary>
    private async Task<ILocator?> AttachmentControlNowAsync(ApplicationFormPage form)
    {
        try
        {
            return (await form.FindAttachmentTargetAsync())?.Locator;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogInformation("The attachment control was not found again for the picture: {Reason}", ex.Message.Split('\n')[0]);
            return null;
        }
    }

    private Task CaptureAsync(string step, params ILocator[] targets) => CaptureAsync(step, [.. targets.Select(t => new StepTarget(t))]);

    private Task CaptureAsync(string step, params StepTarget[] targets) =>
        camera is null ? Task.CompletedTask : camera.CaptureAsync(step, targets, personalFields);

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string Shown(PlannedField field, string value) => field.IsPersonal ? Redactor.PersonalMarker : value;
}
