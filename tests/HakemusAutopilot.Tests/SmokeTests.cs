namespace HakemusAutopilot.Tests;

internal sealed class SmokeTests
{
    [Test]
    public void Runs() => Assert.That(DateTime.Now.Year, Is.GreaterThan(2000));
}
