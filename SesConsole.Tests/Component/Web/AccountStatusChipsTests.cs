using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Layout;
using SesConsole.Web.State;

namespace SesConsole.Tests.Component.Web;

[Trait("Category", "Component")]
public sealed class AccountStatusChipsTests : WebTestContext
{
    [Fact]
    public void ASandboxAccountShowsSandboxAndTheSendsAgainstTheQuota()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Sandbox("us-east-1", sent: 12));

        var cut = Render<AccountStatusChips>();

        Assert.Equal("Sandbox", cut.Find("[data-testid=account-access]").TextContent.Trim());
        Assert.Equal("12 / 200 sent in 24 h", cut.Find("[data-testid=account-quota]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=account-sending]"));
    }

    [Fact]
    public void APausedProductionAccountSaysSendingIsPaused()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Production("us-east-1", sendingEnabled: false));

        var cut = Render<AccountStatusChips>();

        Assert.Equal("Production", cut.Find("[data-testid=account-access]").TextContent.Trim());
        Assert.Equal("Sending paused", cut.Find("[data-testid=account-sending]").TextContent.Trim());
        Assert.Equal("1,234 / 50,000 sent in 24 h", cut.Find("[data-testid=account-quota]").TextContent.Trim());
    }

    [Fact]
    public void AnAccountOnProbationShowsSesEnforcementStatusAsAWarning()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Production("us-east-1") with { EnforcementStatus = "PROBATION" });

        var probation = Render<AccountStatusChips>();
        var explanation = probation.Find("[data-testid=account-explanation]").GetAttribute("title");

        Assert.Equal("SES: PROBATION", probation.Find("[data-testid=account-enforcement]").TextContent.Trim());
        Assert.Contains("mud-chip-color-warning", probation.Find("[data-testid=account-enforcement]").ClassName, StringComparison.Ordinal);
        Assert.Contains("enforcement status is PROBATION", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AShutDownAccountShowsSesEnforcementStatusAsAnError()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Production("us-east-1", sendingEnabled: false) with { EnforcementStatus = "SHUTDOWN" });

        var cut = Render<AccountStatusChips>();

        Assert.Equal("SES: SHUTDOWN", cut.Find("[data-testid=account-enforcement]").TextContent.Trim());
        Assert.Contains("mud-chip-color-error", cut.Find("[data-testid=account-enforcement]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void AHealthyAccountShowsNoEnforcementChip()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Production("us-east-1") with { EnforcementStatus = "HEALTHY" });

        var cut = Render<AccountStatusChips>();

        Assert.Empty(cut.FindAll("[data-testid=account-enforcement]"));
    }

    [Fact]
    public void AFailedCheckSaysTheStatusIsUnavailableInsteadOfBreakingTheHeader()
    {
        AccountStatus.Set("us-east-1", new Failure(FailureKind.AccessDenied, "SES refused the credentials this console uses (AccessDenied)."));

        var cut = Render<AccountStatusChips>();

        Assert.Equal("Account status unavailable", cut.Find("[data-testid=account-status-unavailable]").TextContent.Trim());
    }

    [Fact]
    public async Task SwitchingRegionShowsTheOtherRegionsStatus()
    {
        AccountStatus.Set("us-east-1", FakeAccountStatusService.Sandbox("us-east-1"));
        AccountStatus.Set("eu-west-1", FakeAccountStatusService.Production("eu-west-1"));
        var cut = Render<AccountStatusChips>();
        var regions = Services.GetService(typeof(RegionState)) as RegionState;

        await cut.InvokeAsync(() => regions!.SelectAsync("eu-west-1", CancellationToken.None));

        cut.WaitForAssertion(() => Assert.Equal("Production", cut.Find("[data-testid=account-access]").TextContent.Trim()));
        Assert.Equal(["us-east-1", "eu-west-1"], AccountStatus.Asked);
    }

    [Fact]
    public void TheExplanationTellsASandboxOperatorThatRecipientsMustBeVerified()
    {
        var text = AccountStatusText.Explanation(FakeAccountStatusService.Sandbox("us-east-1"));

        Assert.Contains("only to verified addresses and domains", text, StringComparison.Ordinal);
        Assert.StartsWith("us-east-1:", text, StringComparison.Ordinal);
    }
}
