namespace HakemusAutopilot.Browser;

/// <summary>What may lie over the page and take a press meant for it: the service's banners, notices and dialogs.</summary>
internal interface IPageCovers
{
    /// <summary>Closes the covers the service is known to show; how many were closed.</summary>
    Task<int> CloseKnownAsync();

    /// <summary>What still covers the page, in its own words.</summary>
    Task<string[]> DescribeCoversAsync();
}
