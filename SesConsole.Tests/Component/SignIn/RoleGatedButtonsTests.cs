using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;

namespace SesConsole.Tests.Component.SignIn;

/// <summary>A Viewer sees every identity and record but no button that would change SES; an Admin sees them all.</summary>
[Trait("Category", "Component")]
public class RoleGatedButtonsTests : WebTestContext
{

    private static readonly string[] ListMutations = ["verify-email", "verify-domain", "row-delete"];

    private static readonly string[] EmptyStateMutations = ["empty-verify-email", "empty-verify-domain"];

    private void AddIdentities()
    {
        Fake.Add("us-east-1", "ops@example.com", IdentityKind.EmailAddress, VerificationStatus.Pending);
        Fake.Add("us-east-1", "example.com", IdentityKind.Domain, VerificationStatus.Success);
    }

    private void AddDetails(string name, IdentityKind kind)
    {
        Fake.Details[$"us-east-1/{name}"] = new IdentityDetails(
            name, kind, VerificationStatus.Pending, kind == IdentityKind.Domain ? "tok3n=" : null, null,
            kind == IdentityKind.Domain ? new DkimInfo(false, VerificationStatus.NotStarted, []) : null,
            null, kind == IdentityKind.Domain ? [DnsRecords.Verification(name, "tok3n=")] : []);
    }

    private IRenderedComponent<IdentitiesPage> RenderList()
    {
        RenderProviders();
        var cut = Render<IdentitiesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=identity-link]").Count), Patience);
        return cut;
    }

    private static int Count(IRenderedComponent<IdentitiesPage> cut, string testId) => cut.FindAll($"[data-testid={testId}]").Count;

    [Fact]
    public void ViewerSeesTheIdentitiesWithoutVerifyOrDeleteButtons()
    {
        SignInAsViewer();
        AddIdentities();

        var cut = RenderList();

        Assert.All(ListMutations, id => Assert.Equal(0, Count(cut, id)));
        Assert.Equal(2, Count(cut, "row-details"));
    }

    [Fact]
    public void AdminSeesVerifyButtonsAndADeleteButtonPerRow()
    {
        AddIdentities();

        var cut = RenderList();

        Assert.Equal(1, Count(cut, "verify-email"));
        Assert.Equal(1, Count(cut, "verify-domain"));
        Assert.Equal(2, Count(cut, "row-delete"));
    }

    [Fact]
    public void ViewerSeesTheEmptyStateWithoutVerifyButtons()
    {
        SignInAsViewer();
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=empty-state]")), Patience);
        Assert.All(EmptyStateMutations, id => Assert.Empty(cut.FindAll($"[data-testid={id}]")));
    }

    [Fact]
    public void AdminSeesTheEmptyStateWithVerifyButtons()
    {
        RenderProviders();

        var cut = Render<IdentitiesPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=empty-state]")), Patience);
        Assert.All(EmptyStateMutations, id => Assert.Single(cut.FindAll($"[data-testid={id}]")));
    }

    [Theory]
    [InlineData(false, "example.com", IdentityKind.Domain, "delete setup-dkim")]
    [InlineData(true, "example.com", IdentityKind.Domain, "delete setup-dkim")]
    [InlineData(false, "ops@example.com", IdentityKind.EmailAddress, "delete resend")]
    [InlineData(true, "ops@example.com", IdentityKind.EmailAddress, "delete resend")]
    public void DetailsShowChangeButtonsOnlyToAdmins(bool viewer, string name, IdentityKind kind, string buttons)
    {
        if (viewer)
        {
            SignInAsViewer();
        }

        AddDetails(name, kind);
        RenderProviders();

        var cut = Render<IdentityDetailsPage>(p => p.Add(x => x.Identity, name));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=identity-title]")), Patience);
        Assert.NotNull(cut.Find("[data-testid=verification-section]"));
        foreach (var button in buttons.Split(' '))
        {
            Assert.Equal(viewer ? 0 : 1, cut.FindAll($"button[data-testid={button}]").Count);
        }
    }
}
