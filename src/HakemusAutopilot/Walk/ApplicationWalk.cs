using System.Diagnostics;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Operator;
using HakemusAutopilot.Privacy;
using HakemusAutopilot.Profile;
using HakemusAutopilot.Reports;
using HakemusAutopilot.Service;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace HakemusAutopilot.Walk;

internal sealed record WalkSettings(Uri BaseUrl, bool SimulatedLogin, TimeSpan LoginTimeout, TimeSpan LoginReportEvery, string LabelMapPath, int SaveAttempts = 3)
{
    public TimeSpan SaveRetryDelay { get; init; } = TimeSpan.FromSeconds(1);
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
    private readonly List<ILocator> personalFields = [];

    public IReadOnlyList<ILocator> PersonalFields => personalFields;

    public string CurrentStep { get; private set; } = "start";

    public async Task<ApplicationFormPage> WalkToTheStopAsync(CancellationToken cancellationToken)
    {
        await StepAsync("login", "the login page, then a logged-in page", () => LogInAsync(new FrontPage(wizard).Landmark, cancellationToken));
        var front = await StepAsync("front-page", $"the button \"{wizard.Labels.StartNewApplication}\"", () => FrontPage.ReachedAsync(wizard));
        var catalog = await StepAsync("start-new-application", $"the tab \"{wizard.Labels.PublicAdministrationTab}\"", front.StartNewApplicationAsync, front.Landmark);
        await StepAsync("public-administration", $"the button \"{wizard.Labels.PopulationDataServices}\"", catalog.ChoosePublicAdministrationAsync, catalog.PublicAdministrationTab);
        await StepAsync("population-data-services", $"the item \"{wizard.Labels.ChangeInterfaceService}\" with \"{wizard.Labels.Start}\"", catalog.OpenPopulationDataServicesAsync, catalog.PopulationDataButton);
        var start = await StepAsync("change-interface-start", $"the choice \"{wizard.Labels.NewApplication}\"", catalog.StartChangeInterfaceApplicationAsync, catalog.StartChangeInterfaceButton);
        await StepAsync("new-application", $"the order type \"{wizard.Labels.OrderTypeByPersonalIdentityCodes}\"", start.ChooseNewApplicationAsync, start.NewApplicationChoice);
        await StepAsync("order-type", $"the order type \"{wizard.Labels.OrderTypeByPersonalIdentityCodes}\"", start.ChooseOrderTypeAsync, start.OrderTypeChoice);
        var form = await StepAsync("open-form", $"the heading \"{wizard.Labels.FormHeading}\"", start.ContinueAsync, start.ContinueButton);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await report.PhaseAsync("fill", async () => { await FillFormAsync(form); return 0; });
                await SaveDraftAsync(form);
                await StepAsync("stop", $"the button \"{wizard.Labels.SendButton}\"", () => StopAsync(form));
                return form;
            }
            catch (SessionExpiredException) when (attempt < 3)
            {
                report.AddEvent("The session expired in the middle of the form; logged in again and went on from the form.");
                logger.LogWarning("The session expired at step {Step}; waiting for a new login", CurrentStep);
                console.Say("session-expired");
                await StepAsync("login-again", "a logged-in page with the form", () => LogInAsync(wizard.Heading(wizard.Labels.FormHeading), cancellationToken));
                form = await StepAsync("reopen-form", $"the form \"{wizard.Labels.FormHeading}\" with the saved draft", () => ApplicationFormPage.ReachedAsync(wizard));
            }
        }
    }

    private async Task<int> LogInAsync(ILocator landing, CancellationToken cancellationToken)
    {
        var login = new LoginPage(wizard);
        if (!wizard.IsLoginRoute(wizard.Page.Url))
        {
            login = await LoginPage.OpenAsync(wizard, settings.BaseUrl);
        }

        await login.WaitUntilShownAsync();
        await CaptureAsync("login", login.IdentifyButton);
        if (settings.SimulatedLogin)
        {
            await login.IdentifyAsSimulatedPersonAsync();
        }
        else
        {
            console.Say("login", wizard.Page.Url, (int)settings.LoginTimeout.TotalMinutes);
        }

        await login.WaitForLoginAsync(
            settings.LoginTimeout,
            waited => console.Say("still-waiting", (int)waited.TotalMinutes),
            settings.LoginReportEvery,
            cancellationToken);
        if (!settings.SimulatedLogin)
        {
            console.Say("logged-in");
        }

        await ChooseOrganisationIfAskedAsync(landing, cancellationToken);
        return 0;
    }

    private async Task ChooseOrganisationIfAskedAsync(ILocator landing, CancellationToken cancellationToken)
    {
        var chooser = new OrganisationChooser(wizard);
        await landing.Or(wizard.Group(wizard.Labels.ActAsLegend)).First.WaitForAsync();
        if (!await chooser.IsShownAsync())
        {
            return;
        }

        if (plan.ActAs is { } organisation && await chooser.ChooseAsync(organisation))
        {
            report.AddEvent("The service asked whom to act for; chose the organisation the profile names.");
            return;
        }

        report.AddEvent("The service asked whom to act for; the profile names none that is offered, so the operator chose.");
        console.Say("choose-organisation");
        cancellationToken.ThrowIfCancellationRequested();
        await chooser.WaitUntilGoneAsync(settings.LoginTimeout);
    }

    private async Task FillFormAsync(ApplicationFormPage form)
    {
        CurrentStep = "fill-form";
        var pending = plan.Fields.Where(f => f.Field != FormField.HomeMunicipalityForProtectionOrder).ToList();
        var attachmentsDone = plan.Attachments.Count == 0;
        var formPage = 0;
        while (true)
        {
            var here = await FieldsOnThisPageAsync(form, pending);
            if (here.Count < pending.Count && await form.ExpandCollapsedSectionsAsync() > 0)
            {
                report.AddEvent("Opened the form's collapsed sections to reach the remaining fields.");
                here = await FieldsOnThisPageAsync(form, pending);
            }

            formPage++;
            await CaptureAsync($"form-{formPage}", [.. here.Select(h => h.Field), form.ProtectionOrderBox]);
            foreach (var (planned, spec, field) in here)
            {
                var readBack = await form.FillAsync(field, planned.Value);
                if (planned.IsPersonal)
                {
                    personalFields.Add(field);
                }

                report.SetField(new FieldRecord(
                    planned.Field.ToString(),
                    spec.Display,
                    Shown(planned, planned.Value),
                    Shown(planned, readBack),
                    readBack == planned.Value,
                    Saved: false));
                logger.LogInformation("Filled {Field}, verified {Verified}", planned.Field, readBack == planned.Value);
                pending.Remove(planned);
            }

            if (await form.EnsureProtectionOrderUntickedAsync() is { } unticked)
            {
                report.ProtectionOrderUnticked = unticked;
                report.SetField(new FieldRecord(nameof(FormField.HomeMunicipalityForProtectionOrder), wizard.Labels.ProtectionOrder, "ei valittu / unticked", unticked ? "ei valittu / unticked" : "VALITTU / TICKED", unticked, Saved: false));
            }

            if (!attachmentsDone && await form.HasAttachmentInputAsync())
            {
                await StepAsync("attachments", $"the file input \"{wizard.Labels.AddAttachment}\"", () => AttachAllAsync(form), [.. form.AttachmentInputs]);
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

        var missing = pending.Count > 0 ? FormFieldLabels.For(pending[0].Field, wizard.Labels) : new FieldSpec(wizard.Labels.AddAttachment, null);
        var nearest = (await form.VisibleLabelsAsync()).MinBy(label => ShapeChecker.Levenshtein(label.TrimEnd('*', ' ').ToLowerInvariant(), missing.Label.ToLowerInvariant()));
        CurrentStep = "fill-form";
        report.AddStep(new StepRecord(CurrentStep, "failed", 0));
        throw new StepFailedException(CurrentStep, $"a field labelled {missing}", new FieldNotFoundException(missing.ToString(), nearest, settings.LabelMapPath));
    }

    private async Task<List<(PlannedField Planned, FieldSpec Spec, ILocator Field)>> FieldsOnThisPageAsync(ApplicationFormPage form, IEnumerable<PlannedField> pending)
    {
        var here = new List<(PlannedField Planned, FieldSpec Spec, ILocator Field)>();
        foreach (var planned in pending)
        {
            var spec = FormFieldLabels.For(planned.Field, wizard.Labels);
            if (await form.FindFieldAsync(spec) is { } field)
            {
                here.Add((planned, spec, field));
            }
        }

        return here;
    }

    private async Task<int> AttachAllAsync(ApplicationFormPage form)
    {
        foreach (var attachment in plan.Attachments)
        {
            if (!await form.HasAttachmentAsync(attachment.FileName))
            {
                await form.AttachAsync(attachment.FullPath, attachment.FileName, attachment.Description);
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
            report.AddEvent("The profile asks not to save the draft; it was left unsaved.");
            return;
        }

        await StepAsync("save-draft", $"the status \"{wizard.Labels.DraftSaved}\"", async () =>
        {
            for (var attempt = 1; attempt <= settings.SaveAttempts; attempt++)
            {
                var outcome = await form.SaveDraftAsync(dialogs.Unexpected);
                switch (outcome)
                {
                    case SaveOutcome.Saved:
                        report.DraftSaved = true;
                        report.MarkFieldsSaved();
                        return 0;
                    case SaveOutcome.SessionExpired:
                        throw new SessionExpiredException();
                    default:
                        report.AddEvent($"Saving the draft failed (attempt {attempt} of {settings.SaveAttempts}).");
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
        }, form.SaveButton);
        await CaptureAsync("draft-saved", form.SavedStatus);
    }

    private async Task<int> StopAsync(ApplicationFormPage form)
    {
        if (await form.EnsureProtectionOrderUntickedAsync() is { } unticked)
        {
            report.ProtectionOrderUnticked = unticked;
        }

        foreach (var label in await form.EmptyRequiredFieldsAsync())
        {
            report.AddNeedsOperator(label);
        }

        report.SendButtonReached = await form.HighlightSendButtonAsync();
        await CaptureAsync("stop", form.SendButton);
        return 0;
    }

    private async Task<T> StepAsync<T>(string name, string expected, Func<Task<T>> action, params ILocator[] targets)
    {
        CurrentStep = name;
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

    private Task StepAsync(string name, string expected, Func<Task> action, params ILocator[] targets) =>
        StepAsync(name, expected, async () => { await action(); return 0; }, targets);

    private Task CaptureAsync(string step, params ILocator[] targets) =>
        camera is null ? Task.CompletedTask : camera.CaptureAsync(step, targets, personalFields);

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string Shown(PlannedField field, string value) => field.IsPersonal ? Redactor.PersonalMarker : value;
}
