using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support.Dns;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>
/// Identities created directly in LocalSes, as the CLI or Terraform would, reached by the names SES lists: details,
/// the DNS check, policies and delete use each name byte for byte, and deletes tell the truth (share links per kind:
/// <c>Integration/Sharing/RealAccountShareLinkTests</c>).
/// </summary>
[Trait("Category", "Integration")]
public sealed class RealAccountNameTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> Emails => new() { "Mixed.Case@Example.COM", "lower.local@Upper.Example", "UPPER@example.com" };

    /// <summary>(name as created by another tool, name SES lists and the console reaches it by).</summary>
    public static TheoryData<string, string> Domains => new()
    {
        { "Capital.Example", "capital.example" },
        { "xn--bcher-kva.example", "xn--bcher-kva.example" },
    };

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task AnEmailMadeOutsideTheConsoleHasDetailsPoliciesAndADeleteThatRemovesIt(string email)
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyEmailIdentityAsync(email, None);
        await Outbox.ConfirmAsync(ses.Server, email);
        await core.SyncAsync();
        var session = core.NewSession();
        var listed = Assert.Single((await session.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!.Items).Name;
        var arn = $"arn:aws:ses:{Region}:{LocalSesEndpoint.AccountId}:identity/{listed}";
        var document = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ses:SendEmail"],"Resource":"{{arn}}"}]}""";

        var details = await session.Reads.GetDetailsAsync(Region, listed, None);
        var put = await session.Policies.PutPolicyAsync(Region, listed, "partner", document, None);
        var policies = await session.Policies.GetPoliciesAsync(Region, listed, None);
        var deletePolicy = await session.Policies.DeletePolicyAsync(Region, listed, "partner", None);
        var delete = await session.Changes.DeleteAsync(Region, listed, None);
        var left = (await core.Client.ListIdentitiesAsync(new SesConsole.Core.Ses.ListIdentitiesRequest(), None)).Identities;

        Assert.Equal(email, listed);
        Assert.True(details.Succeeded, details.Failure?.Message);
        Assert.Equal(email, details.Value.Name);
        Assert.Equal(VerificationStatus.Success, details.Value.Status);
        Assert.True(put.Succeeded, put.Failure?.Message);
        Assert.Equal(["partner"], policies.Value!.Select(p => p.Name));
        Assert.True(deletePolicy.Succeeded, deletePolicy.Failure?.Message);
        Assert.True(delete.Succeeded, delete.Failure?.Message);
        Assert.Empty(left);
        Assert.All(core.Audit.Entries, e => Assert.Equal(email, e.Identity));
        Assert.Contains(core.Audit.Entries, e => e.Action == AuditActions.Delete && e.Outcome == AuditOutcome.Succeeded
            && e.Detail == $"SES deleted {email} (it was Success).");
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public async Task ADomainMadeOutsideTheConsoleHasDetailsPoliciesAndADeleteThatRemovesIt(string created, string listedAs)
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var token = (await core.Client.VerifyDomainIdentityAsync(created, None)).VerificationToken;
        await core.SyncAsync();
        var session = core.NewSession();
        var listed = Assert.Single((await session.Reads.ListAsync(Region, new IdentityQuery(), None)).Value!.Items).Name;

        var details = await session.Reads.GetDetailsAsync(Region, listed, None);
        var dnsCheck = await CheckDnsAsync(details.Value!, $"--txt-record=_amazonses.{listedAs},{token}");
        var policies = await session.Policies.GetPoliciesAsync(Region, listed, None);
        var delete = await session.Changes.DeleteAsync(Region, listed, None);
        var left = (await core.Client.ListIdentitiesAsync(new SesConsole.Core.Ses.ListIdentitiesRequest(), None)).Identities;

        Assert.Equal(listedAs, listed);
        Assert.True(details.Succeeded, details.Failure?.Message);
        Assert.Equal(listedAs, details.Value.Name);
        Assert.Contains(details.Value.Records, r => r.Name == $"_amazonses.{listedAs}" && r.Value == token);
        var checkedRecord = Assert.Single(dnsCheck.Records);
        Assert.Equal($"_amazonses.{listedAs}", checkedRecord.Expected.Name);
        Assert.Equal(DnsCheckState.PublishedCorrectly, checkedRecord.State);
        Assert.True(policies.Succeeded, policies.Failure?.Message);
        Assert.True(delete.Succeeded, delete.Failure?.Message);
        Assert.Empty(left);
    }

    [Fact]
    public async Task AnInternationalDomainIsReachedByItsUnicodeFormToo()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyDomainIdentityAsync("xn--bcher-kva.example", None);

        var token = (await core.Client.GetIdentityVerificationAttributesAsync(["xn--bcher-kva.example"], None)).VerificationAttributes["xn--bcher-kva.example"].VerificationToken;

        var details = await core.NewSession().Reads.GetDetailsAsync(Region, "bücher.example", None);
        var dnsCheck = await CheckDnsAsync(details.Value!, $"--txt-record=_amazonses.xn--bcher-kva.example,{token}");

        Assert.True(details.Succeeded, details.Failure?.Message);
        Assert.Equal("xn--bcher-kva.example", details.Value.Name);
        Assert.Equal(DnsCheckState.PublishedCorrectly, Assert.Single(dnsCheck.Records).State);
    }

    [Fact]
    public async Task AnEmailIsNotReachedByAnotherCaseOfItsDomain()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyEmailIdentityAsync("Mixed.Case@Example.COM", None);
        var session = core.NewSession();

        var details = await session.Reads.GetDetailsAsync(Region, "Mixed.Case@example.com", None);
        var delete = await session.Changes.DeleteAsync(Region, "Mixed.Case@example.com", None);
        var left = (await core.Client.ListIdentitiesAsync(new SesConsole.Core.Ses.ListIdentitiesRequest(), None)).Identities;

        Assert.Equal(FailureKind.NotFound, details.Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, delete.Failure?.Kind);
        Assert.Equal(["Mixed.Case@Example.COM"], left);
    }

    [Fact]
    public async Task DeletingANameSesDoesNotKnowIsAlreadyGoneAndNothingIsAuditedAsDone()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        ses.Server.ResetRequestCounts();

        var delete = await core.NewSession().Changes.DeleteAsync(Region, "ghost.example", None);

        Assert.Equal(FailureKind.NotFound, delete.Failure?.Kind);
        Assert.Contains("already gone", delete.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, ses.Count("DeleteIdentity"));
        Assert.Equal(1, ses.Count("GetIdentityVerificationAttributes"));
        var entry = Assert.Single(core.Audit.Entries);
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);
        Assert.Equal("ghost.example", entry.Identity);
    }

    [Fact]
    public async Task ARefusedSectionFailsAloneAndTheRestOfTheDetailsShow()
    {
        await using var ses = await LocalSesEndpoint.StartAsync(options => options.Credentials[0].DeniedActions = ["ses:ListIdentityPolicies", "ses:GetIdentityDkimAttributes"]);
        await using var core = CoreServices.For(ses);
        var token = (await core.Client.VerifyDomainIdentityAsync("sections.example", None)).VerificationToken;

        var session = core.NewSession();
        var details = await session.Reads.GetDetailsAsync(Region, "sections.example", None);
        var policies = await session.Policies.GetPoliciesAsync(Region, "sections.example", None);

        Assert.True(details.Succeeded, details.Failure?.Message);
        Assert.Equal(VerificationStatus.Pending, details.Value.Status);
        Assert.Equal(token, details.Value.VerificationToken);
        Assert.Null(details.Value.FailureOf(DetailSection.Verification));
        Assert.Null(details.Value.FailureOf(DetailSection.MailFrom));
        Assert.Contains("lack ses:GetIdentityDkimAttributes", details.Value.FailureOf(DetailSection.Dkim)!.Message, StringComparison.Ordinal);
        Assert.Contains("lack ses:ListIdentityPolicies", policies.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains(details.Value.Records, r => r.Name == "_amazonses.sections.example");
    }

    [Fact]
    public async Task AThrottledVerificationReadFailsAloneAndTheOtherSectionsStillShow()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses, extraSettings: new Dictionary<string, string?> { ["Ses:MaxErrorRetry"] = "0" });
        await core.Client.VerifyDomainDkimAsync("busy.example", None);
        ses.Server.Knobs.FailNext(1, SesConsole.LocalSes.Knobs.LocalSesFault.Throttling);

        var details = await core.NewSession().Reads.GetDetailsAsync(Region, "busy.example", None);

        Assert.True(details.Succeeded, details.Failure?.Message);
        Assert.Equal(FailureKind.Throttled, details.Value.FailureOf(DetailSection.Verification)?.Kind);
        Assert.Null(details.Value.FailureOf(DetailSection.Dkim));
        Assert.Null(details.Value.FailureOf(DetailSection.MailFrom));
        Assert.Equal(3, details.Value.Dkim!.Tokens.Count);
    }

    /// <summary>The console's DNS check of the details' records against a dnsmasq serving <paramref name="records"/>.</summary>
    private static async Task<DnsCheckReport> CheckDnsAsync(IdentityDetails details, params string[] records)
    {
        using var started = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var dns = await DnsmasqServer.StartAsync(records, started.Token);
        var checker = new DnsRecordChecker(
            Options.Create(new DnsCheckOptions { Servers = [dns.Endpoint], Timeout = TimeSpan.FromSeconds(2), Retries = 0 }),
            TimeProvider.System,
            NullLogger<DnsRecordChecker>.Instance);
        return await checker.CheckAsync(details.Name, details.Records, None);
    }
}
