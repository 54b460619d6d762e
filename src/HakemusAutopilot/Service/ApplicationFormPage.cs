using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;
using Microsoft.Playwright;

namespace HakemusAutopilot.Service;

internal enum SaveOutcome
{
    Saved,
    Failed,
    SessionExpired,
}

/// <summary>The application form, on one page or several. Fields are found by their visible labels.</summary>
internal sealed class ApplicationFormPage(Wizard wizard)
{
    // A field's visible name, however the page ties it: <label for>, aria-labelledby or aria-label.
    private const string LabelOf = """
        el => ((el.labels && el.labels[0] ? el.labels[0].innerText
          : (el.getAttribute('aria-labelledby') || '').split(/\s+/).map(id => document.getElementById(id)?.innerText || '').join(' ').trim()
            || el.getAttribute('aria-label') || '') || el.name || el.id).replace(/\s*\*\s*$/, '').trim()
        """;

    private const string DescribeElement = $$"""
        el => {
          const label = ({{LabelOf}})(el);
          const id = el.id ? '#' + el.id : '';
          const group = el.closest('fieldset')?.querySelector('legend')?.innerText || '';
          return `${el.tagName.toLowerCase()}${id} "${label}"${group ? ' in "' + group.trim() + '"' : ''}`;
        }
        """;

    private const string EmptyRequired = $$"""
        () => [...document.querySelectorAll('input, textarea, select, [contenteditable=true]')]
          .filter(el => (el.required || el.getAttribute('aria-required') === 'true') && el.type !== 'file')
          .filter(el => el.offsetParent !== null && !el.disabled)
          .filter(el => el.type === 'checkbox' ? false : ((el.isContentEditable ? el.innerText : el.value) || '').trim() === '')
          .map({{LabelOf}})
        """;

    private const string VisibleLabelTexts = """
        () => [...document.querySelectorAll('main label, main legend, main [id]')]
          .filter(l => l.offsetParent !== null && (l.matches('label, legend') || document.querySelector(`[aria-labelledby~="${CSS.escape(l.id)}"]`)))
          .map(l => l.innerText.trim()).filter(t => t && t.length < 120)
        """;

    private const string VisibleLabels = "() => JSON.stringify([...document.querySelectorAll('label, legend')].filter(l => l.offsetParent !== null).map(l => l.innerText))";

    private readonly ILocator heading = wizard.Heading(wizard.Labels.FormHeading);
    private readonly ILocator protectionOrder = wizard.Page.GetByRole(AriaRole.Checkbox, new() { NameRegex = Wizard.Exact(wizard.Labels.ProtectionOrder) });
    private readonly ILocator attachmentDescription = wizard.Page.GetByLabel(Wizard.Exact(wizard.Labels.AttachmentDescription));
    private readonly ILocator addAttachment = wizard.Page.GetByLabel(Wizard.Exact(wizard.Labels.AddAttachment));
    private readonly ILocator addedAttachments = wizard.Page.GetByRole(AriaRole.List, new() { NameRegex = Wizard.Exact(wizard.Labels.AddedAttachments) });
    private readonly ILocator saveDraft = wizard.Button(wizard.Labels.SaveDraft);
    private readonly ILocator next = wizard.Button(wizard.Labels.Next);
    private readonly ILocator saved = wizard.Page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex(Regex.Escape(wizard.Labels.DraftSaved), RegexOptions.IgnoreCase) });
    private readonly ILocator loginHeading = wizard.Heading(wizard.Labels.LoginHeading);

    public ILocator SendButton { get; } = wizard.Button(wizard.Labels.SendButton);

    public ILocator ProtectionOrderBox => protectionOrder;

    public ILocator SaveButton => saveDraft;

    public ILocator SavedStatus => saved;

    public IReadOnlyList<ILocator> AttachmentInputs => [attachmentDescription, addAttachment];

    public static async Task<ApplicationFormPage> ReachedAsync(Wizard wizard)
    {
        var page = new ApplicationFormPage(wizard);
        await page.heading.WaitForAsync();
        return page;
    }

    /// <summary>The field for a label on the page as it is now; null when this page does not have it.</summary>
    public async Task<ILocator?> FindFieldAsync(FieldSpec spec)
    {
        var scope = spec.Group is null ? (ILocator)wizard.Page.Locator(":root") : wizard.Group(spec.Group);
        var candidates = scope.GetByLabel(Wizard.Exact(spec.Label));
        var count = await candidates.CountAsync();
        if (count == 0)
        {
            return null;
        }

        if (count > 1)
        {
            var seen = new List<string>();
            for (var i = 0; i < count; i++)
            {
                seen.Add(await candidates.Nth(i).EvaluateAsync<string>(DescribeElement));
            }

            throw new AmbiguousFieldException(spec, seen);
        }

        return candidates;
    }

    /// <summary>Types the value (again, if a restored draft already holds it: that is harmless) and reads back what the page holds.</summary>
    public async Task<string> FillAsync(ILocator field, string value)
    {
        await field.FillAsync(value);
        return await ReadAsync(field);
    }

    public static Task<string> ReadAsync(ILocator field) =>
        field.EvaluateAsync<string>("el => el.isContentEditable ? el.innerText : el.value");

    /// <summary>Unticks the protection-order box if it is on this page; null when it is not here.</summary>
    public async Task<bool?> EnsureProtectionOrderUntickedAsync()
    {
        if (await protectionOrder.CountAsync() == 0)
        {
            return null;
        }

        if (await protectionOrder.IsCheckedAsync())
        {
            await wizard.Clicker.SetCheckedAsync(protectionOrder, false, "untick the protection-order box");
        }

        return !await protectionOrder.IsCheckedAsync();
    }

    /// <summary>
    /// Opens the form's collapsed sections, where fields may wait unseen; returns how many were opened. Only disclosure
    /// buttons that control a part of the page (aria-controls) count, so help toggles and menus are left alone.
    /// </summary>
    public async Task<int> ExpandCollapsedSectionsAsync()
    {
        var collapsed = wizard.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Expanded = false }).And(wizard.Page.Locator("[aria-controls]"));
        var opened = 0;
        for (var count = await collapsed.CountAsync(); count > 0 && opened < 20; count = await collapsed.CountAsync())
        {
            var section = collapsed.First;
            var name = (await section.InnerTextAsync()).Trim();
            await wizard.Clicker.ClickAsync(section, $"open the section \"{name}\"");
            opened++;
        }

        return opened;
    }

    public async Task<bool> HasAttachmentInputAsync() => await addAttachment.CountAsync() > 0;

    public async Task<bool> HasAttachmentAsync(string fileName) =>
        await addedAttachments.CountAsync() > 0 && await addedAttachments.GetByRole(AriaRole.Listitem).Filter(new() { HasText = fileName }).CountAsync() > 0;

    public async Task AttachAsync(string fullPath, string fileName, string description)
    {
        if (await attachmentDescription.CountAsync() > 0)
        {
            await attachmentDescription.FillAsync(description);
        }

        await addAttachment.SetInputFilesAsync(fullPath);
        await addedAttachments.GetByRole(AriaRole.Listitem).Filter(new() { HasText = fileName }).WaitForAsync();
    }

    public async Task<SaveOutcome> SaveDraftAsync(Task unexpectedDialog)
    {
        var response = wizard.Page.WaitForResponseAsync(r => r.Request.Method != "GET");
        await wizard.Clicker.ClickAsync(saveDraft, wizard.Labels.SaveDraft);
        await Task.WhenAny(response, unexpectedDialog).Unwrap();
        var answer = await response;
        if (answer.Status >= 400)
        {
            return SaveOutcome.Failed;
        }

        await saved.Or(loginHeading).First.WaitForAsync();
        return wizard.IsLoginRoute(wizard.Page.Url) ? SaveOutcome.SessionExpired : SaveOutcome.Saved;
    }

    /// <summary>Moves to the next page of a form split over several; false when there is no next page.</summary>
    public async Task<bool> GoToNextPageAsync()
    {
        if (await next.CountAsync() == 0 || !await next.First.IsVisibleAsync())
        {
            return false;
        }

        var before = await wizard.Page.EvaluateAsync<string>(VisibleLabels);
        await wizard.Clicker.ClickAsync(next.First, wizard.Labels.Next);
        await wizard.Page.WaitForFunctionAsync(
            $"([before, login]) => location.hash.includes(login) || ({VisibleLabels})() !== before",
            new object[] { before, wizard.Labels.LoginRoute });
        return true;
    }

    public bool IsLoggedOut => wizard.IsLoginRoute(wizard.Page.Url);

    public async Task<string[]> VisibleLabelsAsync() =>
        [.. (await wizard.Page.EvaluateAsync<string[]>(VisibleLabelTexts)).Distinct(StringComparer.Ordinal)];

    public Task<string[]> EmptyRequiredFieldsAsync() => wizard.Page.EvaluateAsync<string[]>(EmptyRequired);

    public async Task<bool> HighlightSendButtonAsync()
    {
        if (await SendButton.CountAsync() == 0)
        {
            return false;
        }

        var send = SendButton.First;
        await send.ScrollIntoViewIfNeededAsync();
        await send.EvaluateAsync("el => { el.style.outline = '4px solid #d4006a'; el.style.outlineOffset = '4px'; el.setAttribute('data-hakemus-autopilot', 'review-and-send'); }");
        return true;
    }
}

internal sealed class AmbiguousFieldException(FieldSpec spec, IReadOnlyList<string> candidates)
    : Exception($"The label {spec} matches {candidates.Count} fields on the page: {string.Join("; ", candidates)}. The tool will not guess which one is meant."), IOperatorMessage
{
    public string Finnish => $"Otsikko {spec} sopii sivulla {candidates.Count} kenttään: {string.Join("; ", candidates)}. Työkalu ei arvaa, mitä niistä tarkoitetaan.";
}
