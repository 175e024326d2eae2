using Bunit;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.Web;

/// <summary>
/// A change SES made whose audit entry is delayed (<see cref="Outcome{T}.Notice"/>) says so where it was made: the
/// success is shown as usual and the notice beside it, as a warning that outlives the dialog.
/// </summary>
[Trait("Category", "Component")]
public sealed class AuditDelayedNoticeTests : WebTestContext
{
    private IEnumerable<Snackbar> Warnings => Snackbar.ShownSnackbars.Where(s => s.Severity == Severity.Warning);

    private void VerifyAnEmailFromTheGrid()
    {
        var provider = RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button[data-testid=verify-email]")), Patience);
        cut.Find("button[data-testid=verify-email]").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[type=email]")), Patience);
        provider.Find("input[type=email]").Input("someone@example.com");
        provider.Find("button[data-testid=submit]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Confirmation mail sent to someone@example.com. The link expires in 24 hours.", SnackbarMessages), Patience);
    }

    [Fact]
    public void AVerifiedEmailWhoseAuditEntryIsDelayedShowsTheNoticeBesideTheSuccess()
    {
        Fake.ChangeNotice = ChangeAttempt.AuditDelayedNotice;
        VerifyAnEmailFromTheGrid();

        Assert.Equal(ChangeAttempt.AuditDelayedNotice, Assert.Single(Warnings).Message);
    }

    [Fact]
    public void ADeleteWhoseAuditEntryIsDelayedShowsTheNoticeBesideTheSuccess()
    {
        Fake.Add("us-east-1", "ops@example.com", IdentityKind.EmailAddress, VerificationStatus.Success);
        Fake.ChangeNotice = ChangeAttempt.AuditDelayedNotice;
        var provider = RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("button[data-testid=row-delete]")), Patience);
        cut.Find("button[data-testid=row-delete]").ClickInRow();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("button[data-testid=confirm-delete]")), Patience);

        provider.Find("button[data-testid=confirm-delete]").Click();

        cut.WaitForAssertion(() => Assert.Contains("ops@example.com was deleted from us-east-1.", SnackbarMessages), Patience);
        Assert.Equal(ChangeAttempt.AuditDelayedNotice, Assert.Single(Warnings).Message);
    }

    [Fact]
    public void AChangeWhoseAuditEntryWasWrittenShowsNoWarning()
    {
        VerifyAnEmailFromTheGrid();

        Assert.Empty(Warnings);
    }
}
