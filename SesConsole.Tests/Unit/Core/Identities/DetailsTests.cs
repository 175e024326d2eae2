using SesConsole.Core.Identities;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

[Trait("Category", "Unit")]
public class DetailsTests
{
    private readonly IdentityServiceHarness harness = new();

    [Fact]
    public async Task UnknownIdentityIsNotFound()
    {
        var outcome = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "nobody.example", CancellationToken.None);

        Assert.Equal(FailureKind.NotFound, outcome.Failure!.Kind);
        Assert.Equal("SES has no identity nobody.example in us-east-1; identities are separate in each region.", outcome.Failure.Message);
    }

    [Fact]
    public async Task IdentityOfAnotherRegionIsNotFound()
    {
        harness.Ses[IdentityServiceHarness.OtherRegion].Seed("example.com");

        var outcome = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "example.com", CancellationToken.None);

        Assert.Equal(FailureKind.NotFound, outcome.Failure!.Kind);
    }

    [Fact]
    public async Task DetailsReadEachSectionOnceAndLeaveThePoliciesToTheirSection()
    {
        await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "example.com", true, CancellationToken.None);
        harness.Sdk.SeedPolicy("example.com", "p", "{}");
        var before = (Verification: harness.Sdk.Calls("GetIdentityVerificationAttributes"), Dkim: harness.Sdk.Calls("GetIdentityDkimAttributes"),
            MailFrom: harness.Sdk.Calls("GetIdentityMailFromDomainAttributes"), Policies: harness.Sdk.Calls("ListIdentityPolicies"));

        var outcome = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "example.com", CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(before.Verification + 1, harness.Sdk.Calls("GetIdentityVerificationAttributes"));
        Assert.Equal(before.Dkim + 1, harness.Sdk.Calls("GetIdentityDkimAttributes"));
        Assert.Equal(before.MailFrom + 1, harness.Sdk.Calls("GetIdentityMailFromDomainAttributes"));
        Assert.Equal(before.Policies, harness.Sdk.Calls("ListIdentityPolicies"));
    }

    [Fact]
    public async Task DomainDetailsListEveryRecordToPublish()
    {
        var started = await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "example.com", true, CancellationToken.None);
        await harness.Service.Changes.SetMailFromDomainAsync(IdentityServiceHarness.Region, "example.com", "mail.example.com", true, CancellationToken.None);

        var outcome = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "Example.COM", CancellationToken.None);

        var details = outcome.Value!;
        var token = started.Value!.VerificationToken;
        var dkim = details.Dkim!.Tokens;
        Assert.Equal(VerificationStatus.Pending, details.Status);
        Assert.Equal(token, details.VerificationToken);
        Assert.Null(details.VerificationStartedAt);
        Assert.True(details.Dkim.Enabled);
        Assert.Equal(3, dkim.Count);
        Assert.Equal(new MailFromInfo("mail.example.com", VerificationStatus.Pending, "RejectMessage"), details.MailFrom);
        Assert.Equal(
            [
                new DnsRecord(DnsRecordType.TXT, "_amazonses.example.com", token, DnsRecordRole.Verification),
                new DnsRecord(DnsRecordType.CNAME, $"{dkim[0]}._domainkey.example.com", $"{dkim[0]}.dkim.amazonses.com", DnsRecordRole.Dkim),
                new DnsRecord(DnsRecordType.CNAME, $"{dkim[1]}._domainkey.example.com", $"{dkim[1]}.dkim.amazonses.com", DnsRecordRole.Dkim),
                new DnsRecord(DnsRecordType.CNAME, $"{dkim[2]}._domainkey.example.com", $"{dkim[2]}.dkim.amazonses.com", DnsRecordRole.Dkim),
                new DnsRecord(DnsRecordType.MX, "mail.example.com", "10 feedback-smtp.us-east-1.amazonses.com", DnsRecordRole.MailFromMx),
                new DnsRecord(DnsRecordType.TXT, "mail.example.com", "\"v=spf1 include:amazonses.com ~all\"", DnsRecordRole.MailFromSpf),
            ],
            details.Records);
    }

    [Fact]
    public async Task DomainWithoutDkimOrMailFromNeedsOnlyTheTxtRecord()
    {
        harness.Sdk.Seed("example.com");

        var details = (await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "example.com", CancellationToken.None)).Value!;

        Assert.Equal([DnsRecordType.TXT], details.Records.Select(r => r.Type));
        Assert.Null(details.MailFrom);
        Assert.False(details.Dkim!.Enabled);
    }

    [Fact]
    public async Task EmailDetailsHaveNoRecords()
    {
        harness.Sdk.Seed("Jane@example.com", SesVerificationStatus.Success);

        var details = (await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "Jane@example.com", CancellationToken.None)).Value!;

        Assert.Equal(IdentityKind.EmailAddress, details.Kind);
        Assert.Equal(VerificationStatus.Success, details.Status);
        Assert.Empty(details.Records);
        Assert.Null(details.Dkim);
    }

    [Fact]
    public async Task DetailsOfAnInvalidNameAreRefusedWithoutCallingSes()
    {
        var outcome = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "a..b", CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    [Theory]
    [InlineData(DetailSection.Dkim, "GetIdentityDkimAttributes")]
    [InlineData(DetailSection.MailFrom, "GetIdentityMailFromDomainAttributes")]
    [InlineData(DetailSection.Verification, "GetIdentityVerificationAttributes")]
    public async Task RetryingAFailedSectionCallsOnlyThatSectionsOperationAndKeepsTheRest(DetailSection section, string operation)
    {
        var started = await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "Retry.Example", true, CancellationToken.None);
        await harness.Service.Changes.SetMailFromDomainAsync(IdentityServiceHarness.Region, "retry.example", "mail.retry.example", true, CancellationToken.None);
        harness.Sdk.FailNext(operation, new SesCallException("Throttling", "Rate exceeded", System.Net.HttpStatusCode.BadRequest, "req-9"));
        var shown = (await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "retry.example", CancellationToken.None)).Value!;
        var callsBefore = AllOperations.ToDictionary(o => o, harness.Sdk.Calls);

        var retried = await harness.Service.Reads.RereadSectionAsync(IdentityServiceHarness.Region, shown, section, CancellationToken.None);

        Assert.Equal(FailureKind.Throttled, shown.FailureOf(section)?.Kind);
        Assert.True(retried.Succeeded, retried.Failure?.Message);
        Assert.Null(retried.Value.FailureOf(section));
        Assert.All(AllOperations, o => Assert.Equal(callsBefore[o] + (o == operation ? 1 : 0), harness.Sdk.Calls(o)));
        Assert.Equal(started.Value!.VerificationToken, retried.Value.VerificationToken);
        Assert.Equal(3, retried.Value.Dkim!.Tokens.Count);
        Assert.Equal("mail.retry.example", retried.Value.MailFrom?.MailFromDomain);
        Assert.Equal(6, retried.Value.Records.Count);
    }

    [Fact]
    public async Task RetryingOneSectionKeepsAnotherSectionsFailure()
    {
        harness.Sdk.Seed("two.example");
        harness.Sdk.FailNext("GetIdentityDkimAttributes", new SesCallException("Throttling", "Rate exceeded", System.Net.HttpStatusCode.BadRequest, "req-1"));
        harness.Sdk.FailNext("GetIdentityMailFromDomainAttributes", new SesCallException("AccessDenied", "no", System.Net.HttpStatusCode.Forbidden, "req-2") { });
        var shown = (await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "two.example", CancellationToken.None)).Value!;

        var retried = (await harness.Service.Reads.RereadSectionAsync(IdentityServiceHarness.Region, shown, DetailSection.Dkim, CancellationToken.None)).Value!;

        Assert.Null(retried.FailureOf(DetailSection.Dkim));
        Assert.Equal(FailureKind.AccessDenied, retried.FailureOf(DetailSection.MailFrom)?.Kind);
    }

    private static readonly string[] AllOperations =
    [
        "GetIdentityVerificationAttributes", "GetIdentityDkimAttributes", "GetIdentityMailFromDomainAttributes", "ListIdentityPolicies",
        "GetIdentityPolicies", "ListIdentities",
    ];
}
