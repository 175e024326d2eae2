using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Identities;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Unit.Core.Identities;

[Trait("Category", "Unit")]
public class PermissionTests
{
    private const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
    private const string Policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"" + Arn
        + "\",\"Principal\":{\"AWS\":\"123456789012\"},\"Action\":\"ses:SendEmail\"}]}";

    public static TheoryData<string> Actions =>
    [
        AuditActions.VerifyEmail,
        AuditActions.VerifyDomain,
        AuditActions.SetUpDkim,
        AuditActions.Delete,
        AuditActions.PutPolicy,
        AuditActions.DeletePolicy,
        AuditActions.SetMailFrom,
    ];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task ViewerIsRefusedEveryChangeWithoutAnySesCall(string action)
    {
        using var harness = new IdentityServiceHarness();
        harness.Sdk.Seed("example.com");
        harness.Operator.Current = SettableCurrentOperator.Viewer;

        var failure = await MutateAsync(harness.Service, action);

        Assert.Equal(FailureKind.AccessDenied, failure!.Kind);
        Assert.Equal("Your role can view identities but not change them.", failure.Message);
        Assert.Equal(0, harness.Ses.TotalCalls);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);
        Assert.Equal(action, entry.Action);
        Assert.Equal(SettableCurrentOperator.Viewer.ObjectId, entry.OperatorObjectId);
        Assert.Equal(harness.Clock.GetUtcNow(), entry.At);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task SignedOutCallerIsRefusedEveryChangeWithoutAnySesCall(string action)
    {
        using var harness = new IdentityServiceHarness();
        harness.Operator.Current = null;

        var failure = await MutateAsync(harness.Service, action);

        Assert.Equal(FailureKind.AccessDenied, failure!.Kind);
        Assert.Equal(0, harness.Ses.TotalCalls);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(harness.Audit.Entries).Outcome);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task AdminChangesSucceedAndAreAuditedWithTheRequestId(string action)
    {
        using var harness = new IdentityServiceHarness();
        harness.Sdk.Seed("example.com");
        harness.Sdk.SeedPolicy("example.com", "p", Policy);

        var failure = await MutateAsync(harness.Service, action);

        Assert.Null(failure);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(action, entry.Action);
        Assert.StartsWith("us-east-1-req-", entry.SesRequestId, StringComparison.Ordinal);
        Assert.Equal(SettableCurrentOperator.Admin.Name, entry.OperatorName);
    }

    [Fact]
    public async Task InvalidInputIsRefusedAndAuditedWithoutAnySesCall()
    {
        using var harness = new IdentityServiceHarness();

        var outcome = await harness.Service.Changes.VerifyEmailAsync(IdentityServiceHarness.Region, "not-an-address", CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal("emailAddress", outcome.Failure.Field);
        Assert.Equal(0, harness.Ses.TotalCalls);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);
        Assert.Equal("The email address has no '@'.", entry.Detail);
        Assert.Equal("not-an-address", entry.Identity);
    }

    [Fact]
    public async Task ChangeInAnUnknownRegionIsRefusedAndAudited()
    {
        using var harness = new IdentityServiceHarness();

        var outcome = await harness.Service.Changes.DeleteAsync("mars-north-1", "example.com", CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal("region", outcome.Failure.Field);
        Assert.Equal(0, harness.Ses.TotalCalls);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(harness.Audit.Entries).Outcome);
    }

    private static async Task<Failure?> MutateAsync(IdentitySession service, string action)
    {
        const string region = IdentityServiceHarness.Region;
        var ct = CancellationToken.None;
        return action switch
        {
            AuditActions.VerifyEmail => (await service.Changes.VerifyEmailAsync(region, "jane@example.com", ct)).Failure,
            AuditActions.VerifyDomain => (await service.Changes.VerifyDomainAsync(region, "example.com", false, ct)).Failure,
            AuditActions.SetUpDkim => (await service.Changes.SetUpDkimAsync(region, "example.com", ct)).Failure,
            AuditActions.Delete => (await service.Changes.DeleteAsync(region, "example.com", ct)).Failure,
            AuditActions.PutPolicy => (await service.Policies.PutPolicyAsync(region, "example.com", "p", Policy, ct)).Failure,
            AuditActions.DeletePolicy => (await service.Policies.DeletePolicyAsync(region, "example.com", "p", ct)).Failure,
            AuditActions.SetMailFrom => (await service.Changes.SetMailFromDomainAsync(region, "example.com", "mail.example.com", false, ct)).Failure,
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
