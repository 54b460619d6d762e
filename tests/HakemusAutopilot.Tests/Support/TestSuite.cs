using HakemusAutopilot.Tests.Support;

/// <summary>What the whole suite shares, closed when it ends.</summary>
[SetUpFixture]
internal sealed class TestSuite
{
    [OneTimeTearDown]
    public async Task CloseSharedBrowsers() => await Tool.Browsers.DisposeAsync();
}
