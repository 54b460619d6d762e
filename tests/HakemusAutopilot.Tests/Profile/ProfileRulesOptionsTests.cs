using HakemusAutopilot.Profile;

namespace HakemusAutopilot.Tests.Profile;

internal sealed class ProfileRulesOptionsTests
{
    [Test]
    public void The_default_limits_pass_validation()
    {
        var result = new ProfileRulesOptionsValidator().Validate(null, new ProfileRulesOptions());

        Assert.That(result.Succeeded, Is.True);
    }

    [TestCase(0)]
    [TestCase(101)]
    public void An_attachment_limit_outside_1_to_100_megabytes_fails_at_start(int megabytes)
    {
        var options = new ProfileRulesOptions { MaxAttachmentMegabytes = megabytes };

        var result = new ProfileRulesOptionsValidator().Validate(null, options);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain(nameof(ProfileRulesOptions.MaxAttachmentMegabytes)));
        });
    }
}
