using System.Net;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

[Trait("Category", "Unit")]
public class ErrorMappingTests
{
    public static TheoryData<string, HttpStatusCode?, FailureKind> Errors => new()
    {
        { "Throttling", HttpStatusCode.BadRequest, FailureKind.Throttled },
        { "AccessDenied", HttpStatusCode.Forbidden, FailureKind.AccessDenied },
        { "AccessDeniedException", HttpStatusCode.Forbidden, FailureKind.AccessDenied },
        { "InvalidClientTokenId", HttpStatusCode.Forbidden, FailureKind.AccessDenied },
        { "SignatureDoesNotMatch", HttpStatusCode.Forbidden, FailureKind.AccessDenied },
        { "MissingAuthenticationToken", HttpStatusCode.Forbidden, FailureKind.AccessDenied },
        { "InvalidParameterValue", HttpStatusCode.BadRequest, FailureKind.RejectedBySes },
        { "InvalidPolicy", HttpStatusCode.BadRequest, FailureKind.RejectedBySes },
        { "RequestExpired", HttpStatusCode.BadRequest, FailureKind.RejectedBySes },
        { "ServiceUnavailable", HttpStatusCode.ServiceUnavailable, FailureKind.Unavailable },
        { "ServiceUnavailable", null, FailureKind.Unavailable },
        { "InternalFailure", HttpStatusCode.InternalServerError, FailureKind.Unavailable },
        { "SomethingNew", HttpStatusCode.BadGateway, FailureKind.Unavailable },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task ReadErrorBecomesAFailureCarryingCodeAndRequestId(string code, HttpStatusCode? status, FailureKind kind)
    {
        // The grid's list no longer asks SES (it reads the index); the details read is the read that does.
        using var harness = new IdentityServiceHarness();
        harness.Sdk.Seed("example.com");
        harness.Sdk.FailNext("GetIdentityVerificationAttributes", new SesCallException(code, "SES said no", status, "req-7"));

        var outcome = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "example.com", CancellationToken.None);

        Assert.Equal(kind, outcome.Failure!.Kind);
        Assert.Equal(code, outcome.Failure.SesErrorCode);
        Assert.Equal("req-7", outcome.Failure.RequestId);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task MutationErrorBecomesAFailureAndIsAuditedAsFailed(string code, HttpStatusCode? status, FailureKind kind)
    {
        using var harness = new IdentityServiceHarness();
        harness.Sdk.FailNext("VerifyEmailIdentity", new SesCallException(code, "SES said no", status, "req-8"));

        var outcome = await harness.Service.Changes.VerifyEmailAsync(IdentityServiceHarness.Region, "jane@example.com", CancellationToken.None);

        Assert.Equal(kind, outcome.Failure!.Kind);
        Assert.Equal(code, outcome.Failure.SesErrorCode);
        Assert.Equal("req-8", outcome.Failure.RequestId);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal("req-8", entry.SesRequestId);
    }

    [Fact]
    public async Task CredentialRefusalSaysSesRefusedTheCredentials()
    {
        using var harness = new IdentityServiceHarness();
        harness.Sdk.Seed("example.com");
        harness.Sdk.FailNext("GetIdentityVerificationAttributes", new SesCallException(
            "InvalidClientTokenId", "The security token included in the request is invalid.", HttpStatusCode.Forbidden, "r"));

        var outcome = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "example.com", CancellationToken.None);

        Assert.Equal(
            "SES refused the credentials this console uses (InvalidClientTokenId): The security token included in the request is invalid.",
            outcome.Failure!.Message);
    }

    [Fact]
    public async Task RejectionCarriesSesMessage()
    {
        using var harness = new IdentityServiceHarness();
        harness.Sdk.FailNext("VerifyDomainIdentity", new SesCallException(
            "InvalidParameterValue", "Invalid domain name example.com.", HttpStatusCode.BadRequest, "r"));

        var outcome = await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "example.com", false, CancellationToken.None);

        Assert.Equal("Invalid domain name example.com.", outcome.Failure!.Message);
    }

    [Fact]
    public async Task BatchOverOneHundredWouldBeRefusedBySesSoTheModelIsHonest()
    {
        var ses = new InMemorySes(IdentityServiceHarness.Region);

        var error = await Assert.ThrowsAsync<SesCallException>(() => ses.GetIdentityVerificationAttributesAsync(
            Enumerable.Range(0, 101).Select(i => $"d{i}.example").ToArray(), CancellationToken.None));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task CancellationPropagates()
    {
        // The listing SES answers slowly is now the sync's.
        using var harness = new IdentityServiceHarness();
        harness.Sdk.CloseListGate();
        using var cancel = new CancellationTokenSource();
        var listing = harness.Sync.FullPassAsync(IdentityServiceHarness.Region, pending: null, cancel.Token);
        await harness.Sdk.ListCallEntered.WaitAsync(TimeSpan.FromSeconds(10));

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listing);
    }

    [Fact]
    public async Task DomainVerifiedButDkimRefusedSaysSoAndAuditsBoth()
    {
        using var harness = new IdentityServiceHarness();
        harness.Sdk.FailNext("VerifyDomainDkim", new SesCallException("Throttling", "Rate exceeded", HttpStatusCode.BadRequest, "r9"));

        var outcome = await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "example.com", true, CancellationToken.None);

        Assert.Equal(FailureKind.Throttled, outcome.Failure!.Kind);
        Assert.StartsWith("Verification of example.com started, but SES did not set up DKIM: ", outcome.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(
            [(AuditActions.VerifyDomain, AuditOutcome.Succeeded), (AuditActions.SetUpDkim, AuditOutcome.Failed)],
            harness.Audit.Entries.Select(e => (e.Action, e.Outcome)));
    }
}
