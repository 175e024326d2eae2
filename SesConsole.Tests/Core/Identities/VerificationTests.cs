using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Core.Identities.Support;

namespace SesConsole.Tests.Core.Identities;

public class VerificationTests
{
    private readonly IdentityServiceHarness harness = new();

    [Fact]
    public async Task VerifyEmailSendsTheNormalisedAddress()
    {
        var outcome = await harness.Service.Changes.VerifyEmailAsync(IdentityServiceHarness.Region, "Jane.Doe@Example.COM", CancellationToken.None);

        Assert.Equal("Jane.Doe@example.com", outcome.Value!.EmailAddress);
        Assert.True(harness.Sdk.Exists("Jane.Doe@example.com"));
        Assert.Equal("Jane.Doe@example.com", Assert.Single(harness.Audit.Entries).Identity);
    }

    [Fact]
    public async Task VerifyDomainWithDkimReturnsTheTxtRecordThenThreeCnames()
    {
        var outcome = await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "bücher.example.", true, CancellationToken.None);

        var started = outcome.Value!;
        Assert.Equal("xn--bcher-kva.example", started.Domain);
        Assert.Equal(
            [DnsRecordType.TXT, DnsRecordType.CNAME, DnsRecordType.CNAME, DnsRecordType.CNAME],
            started.Records.Select(r => r.Type));
        Assert.Equal(new DnsRecord(DnsRecordType.TXT, "_amazonses.xn--bcher-kva.example", started.VerificationToken, "Domain verification"), started.Records[0]);
        Assert.All(started.Records.Skip(1), r =>
        {
            var token = r.Name[..r.Name.IndexOf('.', StringComparison.Ordinal)];
            Assert.Equal($"{token}._domainkey.xn--bcher-kva.example", r.Name);
            Assert.Equal($"{token}.dkim.amazonses.com", r.Value);
        });
        Assert.Equal(
            [AuditActions.VerifyDomain, AuditActions.SetUpDkim],
            harness.Audit.Entries.Select(e => e.Action));
        Assert.All(harness.Audit.Entries, e => Assert.DoesNotContain(started.VerificationToken, e.Detail ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyDomainWithoutDkimReturnsOnlyTheTxtRecord()
    {
        var outcome = await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "example.com", false, CancellationToken.None);

        Assert.Single(outcome.Value!.Records);
        Assert.Equal(0, harness.Sdk.Calls("VerifyDomainDkim"));
    }

    [Fact]
    public async Task SetUpDkimReturnsThreeCnames()
    {
        var outcome = await harness.Service.Changes.SetUpDkimAsync(IdentityServiceHarness.Region, "example.com", CancellationToken.None);

        Assert.Equal(3, outcome.Value!.Tokens.Count);
        Assert.Equal(outcome.Value.Tokens.Select(t => $"{t}._domainkey.example.com"), outcome.Value.Records.Select(r => r.Name));
    }

    [Fact]
    public async Task VerifyDomainRefusesAnEmailAddress()
    {
        var outcome = await harness.Service.Changes.VerifyDomainAsync(IdentityServiceHarness.Region, "jane@example.com", false, CancellationToken.None);

        Assert.Equal("domain", outcome.Failure!.Field);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task MailFromOutsideTheDomainIsRefused()
    {
        harness.Sdk.Seed("example.com");

        var outcome = await harness.Service.Changes.SetMailFromDomainAsync(
            IdentityServiceHarness.Region, "example.com", "mail.other.com", false, CancellationToken.None);

        Assert.Equal("mailFromDomain", outcome.Failure!.Field);
        Assert.Equal("The MAIL FROM domain must be a subdomain of example.com, like mail.example.com.", outcome.Failure.Message);
        Assert.Equal(0, harness.Ses.TotalCalls);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(harness.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task MailFromEqualToTheDomainIsRefused()
    {
        var outcome = await harness.Service.Changes.SetMailFromDomainAsync(
            IdentityServiceHarness.Region, "example.com", "example.com", false, CancellationToken.None);

        Assert.Equal("mailFromDomain", outcome.Failure!.Field);
    }

    [Fact]
    public async Task EmptyMailFromRemovesIt()
    {
        harness.Sdk.Seed("example.com");
        await harness.Service.Changes.SetMailFromDomainAsync(IdentityServiceHarness.Region, "example.com", "mail.example.com", false, CancellationToken.None);

        var outcome = await harness.Service.Changes.SetMailFromDomainAsync(IdentityServiceHarness.Region, "example.com", " ", false, CancellationToken.None);
        var details = await harness.Service.Reads.GetDetailsAsync(IdentityServiceHarness.Region, "example.com", CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Null(details.Value!.MailFrom);
        Assert.Equal("Custom MAIL FROM domain removed.", harness.Audit.Entries[^1].Detail);
    }

    [Fact]
    public async Task MailFromOfAnEmailIdentityIsASubdomainOfItsDomain()
    {
        harness.Sdk.Seed("jane@example.com");

        var outcome = await harness.Service.Changes.SetMailFromDomainAsync(
            IdentityServiceHarness.Region, "jane@example.com", "Bounce.Example.com", false, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal("MAIL FROM domain set to bounce.example.com (UseDefaultValue).", Assert.Single(harness.Audit.Entries).Detail);
    }
}
