using System.Text.RegularExpressions;
using HakemusAutopilot.Browser;
using HakemusAutopilot.Service.Resolving;
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
    private static readonly string EmptyRequired = $$"""
        () => {
          const names = {{ElementNames.Script}};
          return [...document.querySelectorAll('input, textarea, select, [contenteditable=true]')]
            .filter(el => (el.required || el.getAttribute('aria-required') === 'true') && el.type !== 'file')
            .filter(el => el.offsetParent !== null && !el.disabled)
            .filter(el => el.type === 'checkbox' ? false : ((el.isContentEditable ? el.innerText : el.value) || '').trim() === '')
            .map(el => names.fieldName(el) || el.name || el.id);
        }
        """;

    private const string VisibleLabels = "() => JSON.stringify([...document.querySelectorAll('label, legend')].filter(l => l.offsetParent !== null).map(l => l.innerText))";

    private readonly ILocator saved = wizard.Page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex(Regex.Escape(wizard.Labels.DraftSaved), RegexOptions.IgnoreCase) });

    /// <summary>The send control: the label map's wording until the stop has found the page's own.</summary>
    public ILocator SendButton { get; private set; } = wizard.Button(wizard.Labels.SendButton);

    public ILocator ProtectionOrderBox { get; private set; } = wizard.Page.GetByRole(AriaRole.Checkbox, new() { NameRegex = Wizard.Exact(wizard.Labels.ProtectionOrder) });

    public ILocator SaveButton { get; private set; } = wizard.Button(wizard.Labels.SaveDraft);

    public ILocator SavedStatus => saved;

    /// <summary>The message the page shows after a save: in the label map's words where it has them, else the page's own.</summary>
    public async Task<ILocator> SaveMessageAsync() =>
        await saved.CountAsync() > 0 ? saved.First : wizard.Page.Locator("[role=status], [role=alert], [aria-live]").Filter(new() { HasTextRegex = new Regex(@"\S") }).Last;


    /// <summary>The form is known by its fields, not by a heading: the purpose field, the first thing DVV asks for.</summary>
    public static async Task<ApplicationFormPage> ReachedAsync(Wizard wizard)
    {
        await wizard.WaitForAsync(wizard.Intents["purpose"]);
        return new ApplicationFormPage(wizard);
    }

    private const string ValueOf = "el => el.isContentEditable ? el.innerText : el.value";

    /// <summary>
    /// Types the value (again, if a restored draft already holds it: that is harmless); <see cref="ReadBackAsync"/>
    /// reads it back with the rest of the page's fields.
    /// </summary>
    public Task TypeAsync(ILocator field, string value) => field.FillAsync(value);

    /// <summary>What each field holds now, read in one look at the page; null for a field the page has drawn anew since.</summary>
    public Task<string?[]> ReadBackAsync(IEnumerable<Resolution> fields) => wizard.Page.EvaluateAsync<string?[]>(
        $"selectors => selectors.map(s => document.querySelector(s)).map(el => el ? ({ValueOf})(el) : null)",
        fields.Select(f => Resolver.SelectorOf(f.Candidate)).ToArray());

    public static Task<string> ReadAsync(ILocator field) => field.EvaluateAsync<string>(ValueOf);

    /// <summary>Unticks the protection-order box if it is on this page, and reads it back; null when it is not here.</summary>
    /// <exception cref="UnsureException">The page offers more than one box that may be it: the tool does not guess.</exception>
    /// <param name="mustFind">The box must be seen here (before a save, at the stop): where the page says nothing of
    /// it, the person at the browser may name it, never an earlier answer.</param>
    public async Task<bool?> EnsureProtectionOrderUntickedAsync(bool mustFind = false)
    {
        var intent = wizard.Intents["protectionOrder"];
        var scan = await wizard.Resolver.ScanAsync();
        IReadOnlyList<Scored> alike = [];
        Resolution? box;
        try
        {
            box = await wizard.Resolver.FindAsync(intent, scan: scan);
        }
        catch (UnsureException unsure) when (wizard.Questions is not null)
        {
            // "s" here means the operator sees to the box: nothing is saved, and the run stops for them.
            alike = unsure.Candidates;
            box = await wizard.Questions.AnswerAsync(intent, alike, scan, canSkip: true);
        }

        if (box is null && mustFind && wizard.Questions is { CanAsk: true } questions)
        {
            box = await questions.AnswerAsync(intent, wizard.Resolver.Rank(intent, scan), scan, canSkip: true, recall: false);
        }

        if (box is null)
        {
            return null;
        }

        // A box the page offered alike that is ticked may be the real one: the run never goes on past it.
        foreach (var other in alike.Where(a => a.Candidate.Id != box.Candidate.Id))
        {
            if (await wizard.Resolver.LocatorOf(other.Candidate).IsCheckedAsync())
            {
                return false;
            }
        }

        ProtectionOrderBox = box.Locator;
        return await wizard.SetCheckedAsync(box, false);
    }

    /// <summary>
    /// Opens the form's collapsed sections, where fields may wait unseen; returns how many were opened. Only disclosure
    /// buttons that control a part of the page (aria-controls) count, so help toggles and menus are left alone.
    /// </summary>
    public async Task<int> ExpandCollapsedSectionsAsync()
    {
        var opened = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (opened < 20)
        {
            var scan = await wizard.Resolver.ScanAsync();
            // Only disclosures that control a part of the page, so help toggles and menus are left alone.
            var section = scan.FirstOrDefault(c => c is { Kind: "button" or "link", Visible: true, Expanded: "false", InChrome: false, Popup: "" }
                && (c.Controls.Length > 0 || c.Tag == "summary") && c.Name.Length > 0
                && !wizard.Resolver.IsSendControl(c) && tried.Add($"{c.Name}|{c.Section}"));
            if (section is null)
            {
                return opened;
            }

            await wizard.Clicker.ClickAsync(wizard.Resolver.LocatorOf(section), $"open the section \"{section.Name}\"", Resolver.SelectorOf(section));
            opened++;
        }

        return opened;
    }

    /// <summary>Where files are added on this page: a file input, a button that opens the chooser, or a drop zone's hidden input.</summary>
    public async Task<Resolution?> FindAttachmentTargetAsync()
    {
        var scan = await wizard.Resolver.ScanAsync();
        if (await wizard.FindOrAskAsync(wizard.Intents["addAttachment"], includeHidden: true, scan) is { } named)
        {
            return named;
        }

        // A drop zone with no name of its own: the page's one file input, hidden or not.
        var inputs = scan.Where(c => c.Kind == "file").ToList();
        return inputs.Count == 1
            ? new Resolution(wizard.Intents["addAttachment"], inputs[0], wizard.Resolver.LocatorOf(inputs[0]), new Decision("addAttachment", "chosen", inputs[0].Describe(), 0.6, null, 0, ["only file input"]))
            : null;
    }

    public async Task<bool> HasAttachmentAsync(string fileName) =>
        await wizard.Page.GetByText(fileName, new() { Exact = false }).CountAsync() > 0;

    public async Task AttachAsync(Resolution target, string fullPath, string fileName, string description)
    {
        var describedBefore = false;
        if (await wizard.FindOrAskAsync(wizard.Intents["attachmentDescription"], canSkip: true) is { } field && await ReadAsync(field.Locator) == string.Empty)
        {
            await field.Locator.FillAsync(description);
            describedBefore = true;
        }

        target = await FindAttachmentTargetAsync() ?? target;
        if (target.Candidate.Kind == "file")
        {
            await target.Locator.SetInputFilesAsync(fullPath);
        }
        else
        {
            var chooser = await wizard.Page.RunAndWaitForFileChooserAsync(() => wizard.Clicker.ClickAsync(target.Locator, target.Intent.Display, target.Selector));
            await chooser.SetFilesAsync(fullPath);
        }

        await wizard.WaitUntilVisibleAsync(wizard.Page.GetByText(fileName, new() { Exact = false }));
        if (!describedBefore)
        {
            await DescribeAddedFileAsync(fileName, description);
        }
    }

    // Some services ask for the description per file, in a field that appears with the file.
    private async Task DescribeAddedFileAsync(string fileName, string description)
    {
        var scan = await wizard.Resolver.ScanAsync();
        var ranked = wizard.Resolver.Rank(wizard.Intents["attachmentDescription"], scan).Where(s => s.Score >= Resolver.Threshold).ToList();
        var ofThisFile = ranked.Where(s => s.Candidate.RowText.Contains(fileName, StringComparison.Ordinal)).ToList();
        var empty = new List<Scored>();
        foreach (var candidate in ofThisFile.Count > 0 ? ofThisFile : ranked)
        {
            if (await ReadAsync(wizard.Resolver.LocatorOf(candidate.Candidate)) == string.Empty)
            {
                empty.Add(candidate);
            }
        }

        // Only an unmistakable field gets the description; otherwise it is left for the operator to write.
        if (empty.Count == 1)
        {
            await wizard.Resolver.LocatorOf(empty[0].Candidate).FillAsync(description);
        }
    }

    public async Task<SaveOutcome> SaveDraftAsync(Task unexpectedDialog, Func<ILocator, Task>? before = null)
    {
        var save = await wizard.WaitForAsync(wizard.Intents["saveDraft"]);
        SaveButton = save.Locator;
        if (before is not null)
        {
            await before(save.Locator);
        }

        var host = new Uri(wizard.Page.Url).Host;
        var answered = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnResponse(object? sender, IResponse response)
        {
            if (response.Request.Method is "GET" or "HEAD" || !Uri.TryCreate(response.Url, UriKind.Absolute, out var url) || !url.Host.Equals(host, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (response.Status is >= 200 and < 300 or >= 400)
            {
                answered.TrySetResult(response);
            }
        }

        wizard.Page.Response += OnResponse;
        try
        {
            await wizard.Clicker.ClickAsync(save.Locator, save.Intent.Display, save.Selector);
            var timeout = Task.Delay(wizard.Patience);
            var first = await Task.WhenAny(answered.Task, unexpectedDialog, timeout);
            await first;
            if (first == timeout || (await answered.Task).Status >= 400)
            {
                return SaveOutcome.Failed;
            }
        }
        finally
        {
            wizard.Page.Response -= OnResponse;
        }

        await wizard.Page.WaitForFunctionAsync(
            "login => location.hash.includes(login) || [...document.querySelectorAll('[role=status], [role=alert], [aria-live]')].some(e => e.innerText.trim().length > 0)",
            wizard.Labels.LoginRoute,
            new() { Timeout = 5000 }).ContinueWith(_ => { }, TaskScheduler.Default);
        return wizard.IsLoginRoute(wizard.Page.Url) ? SaveOutcome.SessionExpired : SaveOutcome.Saved;
    }

    /// <summary>Moves to the next page of a form split over several; false when there is no next page.</summary>
    public async Task<bool> GoToNextPageAsync()
    {
        if (await wizard.FindOrAskAsync(wizard.Intents["next"]) is not { } next)
        {
            return false;
        }

        var before = await wizard.Page.EvaluateAsync<string>(VisibleLabels);
        await wizard.Clicker.ClickAsync(next.Locator, next.Intent.Display, next.Selector);
        await wizard.Page.WaitForFunctionAsync(
            $"([before, login]) => location.hash.includes(login) || ({VisibleLabels})() !== before",
            new object[] { before, wizard.Labels.LoginRoute },
            new() { Timeout = (float)wizard.Patience.TotalMilliseconds });
        return true;
    }

    public bool IsLoggedOut => wizard.IsLoginRoute(wizard.Page.Url);

    public Task<string[]> EmptyRequiredFieldsAsync() => wizard.Page.EvaluateAsync<string[]>(EmptyRequired);

    /// <summary>Outlines the send control for the operator; false when the page shows none, which fails the run closed.</summary>
    public async Task<bool> HighlightSendButtonAsync()
    {
        var sends = (await wizard.Resolver.ScanAsync()).Where(c => c.Visible && wizard.Resolver.IsSendControl(c)).ToList();
        if (sends.Count == 0)
        {
            return false;
        }

        var send = sends.FirstOrDefault(c => TextMatch.Score(wizard.Labels.SendButton, c.Name) == 1) ?? sends[0];
        SendButton = wizard.Resolver.LocatorOf(send);
        return await wizard.Page.EvaluateAsync<bool>(ScrollToAndOutline, Resolver.SelectorOf(send));
    }

    // In one look at the page: the stop is the last step, and its picture waits for it.
    private const string ScrollToAndOutline = """
        selector => {
          const el = document.querySelector(selector);
          if (!el) return false;
          // Centred when out of view, as Playwright's scroll does: the outline and what follows the button show too.
          const box = el.getBoundingClientRect();
          if (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'center' });
          el.style.outline = '4px solid #d4006a';
          el.style.outlineOffset = '4px';
          el.setAttribute('data-hakemus-autopilot', 'review-and-send');
          return true;
        }
        """;
}
