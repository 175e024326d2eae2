using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>
/// A read-only IAM deployment tried against LocalSes (DeniedActions): reads work, each refused action is named in
/// the failure, and the console learns per region which actions were refused from the real answers.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LeastPrivilegeTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    private static Task<LocalSesEndpoint> ReadOnlySesAsync(params string[] denied) =>
        LocalSesEndpoint.StartAsync(options => options.Credentials[0].DeniedActions = [.. denied]);

    [Fact]
    public async Task ARefusedReadNamesTheMissingIamActionAndTheRegion()
    {
        await using var ses = await ReadOnlySesAsync("ses:ListIdentityPolicies");
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("example.com", None);

        var policies = await core.NewSession().Policies.GetPoliciesAsync(Region, "example.com", None);

        Assert.False(policies.Succeeded);
        Assert.Equal(FailureKind.AccessDenied, policies.Failure.Kind);
        Assert.Equal("AccessDenied", policies.Failure.SesErrorCode);
        Assert.Contains("This console's AWS credentials lack ses:ListIdentityPolicies in us-east-1", policies.Failure.Message, StringComparison.Ordinal);
        Assert.NotNull(policies.Failure.RequestId);
    }

    [Fact]
    public async Task TheGridWorksAndARefusedDeleteIsAuditedAsFailedWithTheIdentityStillThere()
    {
        await using var ses = await ReadOnlySesAsync("ses:DeleteIdentity", "ses:PutIdentityPolicy");
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("keep.example", None);
        await core.SyncAsync();
        var identities = core.NewSession();

        var page = await identities.Reads.ListAsync(Region, new IdentityQuery(), None);
        var delete = await identities.Changes.DeleteAsync(Region, "keep.example", None);
        var stillThere = await core.Client.GetIdentityVerificationAttributesAsync(["keep.example"], None);

        Assert.True(page.Succeeded, page.Failure?.Message);
        Assert.Equal(["keep.example"], page.Value.Items.Select(i => i.Name));
        Assert.Equal(FailureKind.AccessDenied, delete.Failure?.Kind);
        Assert.Contains("lack ses:DeleteIdentity", delete.Failure!.Message, StringComparison.Ordinal);
        Assert.True(stillThere.VerificationAttributes.ContainsKey("keep.example"));
        Assert.DoesNotContain(core.Audit.Entries, e => e.Outcome == AuditOutcome.Succeeded);
        Assert.Contains(core.Audit.Entries, e => e.Action == AuditActions.Delete && e.Outcome == AuditOutcome.Failed
            && e.Detail!.Contains("ses:DeleteIdentity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PermissionsListWhatEachRegionRefusedAndNothingForActionsNeverCalled()
    {
        await using var ses = await ReadOnlySesAsync("ses:ListIdentityPolicies");
        await using var core = CoreServices.For(ses);
        var identities = core.NewSession();
        // The grid reads the index; the details read is the console's own v1 read of SES.
        await identities.Reads.GetDetailsAsync(Region, "example.com", None);
        await identities.Policies.GetPoliciesAsync(Region, "example.com", None);

        var snapshot = core.Permissions.Snapshot([Region, "eu-west-1"]);

        var home = snapshot.Single(r => r.Region == Region);
        Assert.Equal(["ListIdentityPolicies"], home.Refused.Select(a => a.Action));
        Assert.Equal("ses:ListIdentityPolicies", home.Refused.Single().IamAction);
        Assert.Contains("is not authorized to perform: ses:ListIdentityPolicies", home.Refused.Single().Message, StringComparison.Ordinal);
        Assert.Equal(PermissionState.Allowed, home.Actions.Single(a => a.Action == "GetIdentityVerificationAttributes").State);
        Assert.Equal(PermissionState.NotSeen, home.Actions.Single(a => a.Action == "DeleteIdentity").State);
        Assert.All(snapshot.Single(r => r.Region == "eu-west-1").Actions, a => Assert.Equal(PermissionState.NotSeen, a.State));
        Assert.Equal(ConsoleSesActions.All.Count, home.Actions.Count);
    }

    [Fact]
    public async Task AV2ListingRefusedIsRecordedAsRefusedAndTheSyncFallsBackToV1()
    {
        await using var ses = await ReadOnlySesAsync("ses:ListEmailIdentities");
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("fallback.example", None);

        await core.SyncAsync();
        var page = await core.NewSession().Reads.ListAsync(Region, new IdentityQuery(), None);

        var home = core.Permissions.Snapshot([Region]).Single();
        var refused = Assert.Single(home.Refused);
        Assert.Equal("ses:ListEmailIdentities", refused.IamAction);
        Assert.Contains("is not authorized to perform: ses:ListEmailIdentities", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PermissionState.Allowed, home.Actions.Single(a => a.Action == "ListIdentities").State);
        Assert.Equal(["fallback.example"], page.Value!.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task AV2ReadRefusedIsRecordedAndTheV2ClientSharesV1sErrorMapping()
    {
        await using var ses = await ReadOnlySesAsync("ses:GetEmailIdentity");
        await using var core = CoreServices.For(ses);

        var error = await Assert.ThrowsAsync<SesConsole.Core.Ses.SesCallException>(() => core.V2Client.GetEmailIdentityAsync("Anyone@Example.COM", None));

        Assert.True(error.IsAccessDenied);
        Assert.Equal("GetEmailIdentity", error.Action);
        Assert.Equal(Region, error.Region);
        Assert.Equal(["GetEmailIdentity"], core.Permissions.Snapshot([Region]).Single().Refused.Select(a => a.Action));
    }

    [Fact]
    public async Task AnActionAllowedAgainAfterARefusalIsNoLongerListedAsRefused()
    {
        await using var ses = await ReadOnlySesAsync("ses:ListIdentityPolicies");
        await using var core = CoreServices.For(ses);
        var identities = core.NewSession();
        await identities.Policies.GetPoliciesAsync(Region, "example.com", None);
        await ses.RestartAsync(options => options.Credentials[0].DeniedActions = []);

        await identities.Policies.GetPoliciesAsync(Region, "example.com", None);

        Assert.Empty(core.Permissions.Snapshot([Region]).Single().Refused);
    }
}
