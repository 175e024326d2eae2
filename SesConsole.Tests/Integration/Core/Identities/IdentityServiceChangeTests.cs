using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>The identity service's changes against LocalSes: what the grid shows after them and what they cost.</summary>
[Trait("Category", "Integration")]
public sealed class IdentityServiceChangeTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task VerifiedEmailShowsAsPendingInTheGridAtOnceWithoutAnotherListing()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await Seeding.VerifyAsync(core.Client, Seeding.Domains(5));
        var identities = core.NewSession();
        await core.SyncAsync();
        ses.Server.ResetRequestCounts();

        var started = await identities.Changes.VerifyEmailAsync(Region, "New.Sender+grid@Grid.Example", None);
        var page = await identities.Reads.ListAsync(Region, new IdentityQuery(), None);

        Assert.True(started.Succeeded, started.Failure?.Message);
        Assert.Equal("New.Sender+grid@grid.example", started.Value.EmailAddress);
        var row = Assert.Single(page.Value!.Items, r => r.Name == started.Value.EmailAddress);
        Assert.Equal(VerificationStatus.Pending, row.Status);
        Assert.Equal(IdentityKind.EmailAddress, row.Kind);
        Assert.Equal(6, page.Value.TotalCount);
        Assert.Equal(1, ses.Count("VerifyEmailIdentity"));
        Assert.Equal(1, ses.TotalCount);
        Assert.Contains(core.Audit.Entries, e => e.Action == "VerifyEmail" && e.Outcome == AuditOutcome.Succeeded && e.SesRequestId is not null);
    }

    [Fact]
    public async Task VerifiedDomainReturnsTheTokenSesHoldsAndDkimRecords()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);

        var started = await core.NewSession().Changes.VerifyDomainAsync(Region, "Bücher.Example.", includeDkim: true, None);

        Assert.True(started.Succeeded, started.Failure?.Message);
        Assert.Equal("xn--bcher-kva.example", started.Value.Domain);
        var held = (await core.Client.GetIdentityVerificationAttributesAsync(["xn--bcher-kva.example"], None))
            .VerificationAttributes["xn--bcher-kva.example"];
        Assert.Equal(held.VerificationToken, started.Value.VerificationToken);
        Assert.Contains(started.Value.Records, r => r.Type == DnsRecordType.TXT && r.Name == "_amazonses.xn--bcher-kva.example" && r.Value == held.VerificationToken);
        var dkimTokens = (await core.Client.GetIdentityDkimAttributesAsync(["xn--bcher-kva.example"], None))
            .DkimAttributes["xn--bcher-kva.example"].DkimTokens;
        Assert.Equal(
            dkimTokens.Select(t => $"{t}._domainkey.xn--bcher-kva.example").Order(StringComparer.Ordinal),
            started.Value.Records.Where(r => r.Type == DnsRecordType.CNAME).Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeletedIdentityIsGoneFromTheGridAndFromSes()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var domains = Seeding.Domains(3);
        await Seeding.VerifyAsync(core.Client, domains);
        var identities = core.NewSession();
        await core.SyncAsync();
        ses.Server.ResetRequestCounts();

        var deleted = await identities.Changes.DeleteAsync(Region, domains[1], None);
        var page = await identities.Reads.ListAsync(Region, new IdentityQuery(), None);

        Assert.True(deleted.Succeeded, deleted.Failure?.Message);
        Assert.Equal([domains[0], domains[2]], page.Value!.Items.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1, ses.TotalCount);
        Assert.Equal([domains[0], domains[2]], (await Seeding.ListAllAsync(core.Client)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PolicyPutGetListAndDeleteRoundTrip()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var identities = core.NewSession();
        const string email = "policy+owner@svc.example";
        Assert.True((await identities.Changes.VerifyEmailAsync(Region, email, None)).Succeeded);
        await Outbox.ConfirmAsync(ses.Server, email);
        var document = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Effect\": \"Allow\",\n"
            + "    \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n    \"Action\": \"ses:SendEmail\",\n"
            + $"    \"Resource\": \"arn:aws:ses:{Region}:{LocalSesEndpoint.AccountId}:identity/{email}\",\n"
            + "    \"Condition\": {\"StringLike\": {\"ses:FromAddress\": \"*\\\"quoted\\\"*\"}}\n  }]\n}";

        var put = await identities.Policies.PutPolicyAsync(Region, email, "Sender_App-1", document, None);
        var got = await identities.Policies.GetPoliciesAsync(Region, email, None);
        var details = await identities.Reads.GetDetailsAsync(Region, email, None);
        var deleted = await identities.Policies.DeletePolicyAsync(Region, email, "Sender_App-1", None);
        var afterDelete = await identities.Policies.GetPoliciesAsync(Region, email, None);

        Assert.True(put.Succeeded, put.Failure?.Message);
        Assert.Equal([new IdentityPolicy("Sender_App-1", document)], got.Value);
        Assert.Equal(VerificationStatus.Success, details.Value!.Status);
        Assert.True(deleted.Succeeded, deleted.Failure?.Message);
        Assert.Empty(afterDelete.Value!);
        Assert.Equal(
            ["VerifyEmail", "PutPolicy", "DeletePolicy"],
            core.Audit.Entries.Where(e => e.Outcome == AuditOutcome.Succeeded).Select(e => e.Action));
        Assert.DoesNotContain(core.Audit.Entries, e => e.Detail?.Contains("Statement", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task PolicyOnAPendingIdentityIsRefusedAndNotPut()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var identities = core.NewSession();
        await identities.Changes.VerifyEmailAsync(Region, "pending@svc.example", None);
        var document = $$$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"ses:SendEmail","Resource":"arn:aws:ses:{{{Region}}}:{{{LocalSesEndpoint.AccountId}}}:identity/pending@svc.example"}]}""";

        var put = await identities.Policies.PutPolicyAsync(Region, "pending@svc.example", "p", document, None);

        Assert.Equal(FailureKind.InvalidInput, put.Failure?.Kind);
        Assert.Contains("verified", put.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, ses.Count("PutIdentityPolicy"));
    }

    public static TheoryData<string, Func<IdentitySession, Task<FailureKind?>>> BadInputs() => new()
    {
        { "email without @", async s => (await s.Changes.VerifyEmailAsync(Region, "no-at-sign.example", None)).Failure?.Kind },
        { "email with two @", async s => (await s.Changes.VerifyEmailAsync(Region, "a@b@c.example", None)).Failure?.Kind },
        { "email with a space", async s => (await s.Changes.VerifyEmailAsync(Region, "a b@c.example", None)).Failure?.Kind },
        { "empty email", async s => (await s.Changes.VerifyEmailAsync(Region, "", None)).Failure?.Kind },
        { "domain with double dot", async s => (await s.Changes.VerifyDomainAsync(Region, "bad..example", false, None)).Failure?.Kind },
        { "domain label over 63", async s => (await s.Changes.VerifyDomainAsync(Region, new string('a', 64) + ".example", false, None)).Failure?.Kind },
        { "domain over 253", async s => (await s.Changes.VerifyDomainAsync(Region, string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".example", false, None)).Failure?.Kind },
        { "delete of an empty name", async s => (await s.Changes.DeleteAsync(Region, " ", None)).Failure?.Kind },
        { "region not configured", async s => (await s.Changes.VerifyEmailAsync("ap-south-1", "a@b.example", None)).Failure?.Kind },
        { "page size 0", async s => (await s.Reads.ListAsync(Region, new IdentityQuery(PageSize: 0), None)).Failure?.Kind },
        { "pending over no time", async s => (await s.Reads.ListAsync(Region, new IdentityQuery(PendingOver: TimeSpan.Zero), None)).Failure?.Kind },
        { "policy name with a space", async s => (await s.Policies.PutPolicyAsync(Region, "a@b.example", "bad name", Policy("a@b.example"), None)).Failure?.Kind },
        { "policy not JSON", async s => (await s.Policies.PutPolicyAsync(Region, "a@b.example", "p", "{not json", None)).Failure?.Kind },
        { "policy over 4 KB", async s => (await s.Policies.PutPolicyAsync(Region, "a@b.example", "p", Policy("a@b.example", new string('x', 4100)), None)).Failure?.Kind },
        { "policy for another identity", async s => (await s.Policies.PutPolicyAsync(Region, "a@b.example", "p", Policy("other@b.example"), None)).Failure?.Kind },
        { "policy delete with a bad name", async s => (await s.Policies.DeletePolicyAsync(Region, "a@b.example", "x/y", None)).Failure?.Kind },
        { "details of a bad name", async s => (await s.Reads.GetDetailsAsync(Region, "not an identity", None)).Failure?.Kind },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInputIsRefusedWithoutAnyRequestToSes(string what, Func<IdentitySession, Task<FailureKind?>> call)
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);

        var kind = await call(core.NewSession());

        Assert.True(kind == FailureKind.InvalidInput, $"{what}: expected InvalidInput, got {kind?.ToString() ?? "success"}");
        Assert.Equal(0, ses.TotalCount);
    }

    [Fact]
    public async Task ViewerCannotChangeAnythingAndNoRequestIsSent()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        core.Operator.Current = new OperatorInfo("viewer-oid", "viewer@integration.test", CanMutate: false);
        var identities = core.NewSession();

        var verify = await identities.Changes.VerifyEmailAsync(Region, "a@b.example", None);
        var delete = await identities.Changes.DeleteAsync(Region, "b.example", None);

        Assert.Equal(FailureKind.AccessDenied, verify.Failure?.Kind);
        Assert.Equal(FailureKind.AccessDenied, delete.Failure?.Kind);
        Assert.Equal(0, ses.TotalCount);
        Assert.All(core.Audit.Entries, e => Assert.Equal(AuditOutcome.Refused, e.Outcome));
        Assert.Equal(2, core.Audit.Entries.Count);
    }

    private static string Policy(string identity, string padding = "") =>
        $$$"""{"Version":"2012-10-17","Statement":[{"Sid":"S{{{padding}}}","Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"ses:SendEmail","Resource":"arn:aws:ses:{{{Region}}}:{{{LocalSesEndpoint.AccountId}}}:identity/{{{identity}}}"}]}""";
}
