using System.Net;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Support;

namespace SesConsole.Tests.Integration;

/// <summary>Our client's SES API v2 reads against LocalSes over real HTTP: the same identities as v1, names byte for byte.</summary>
[Trait("Category", "Integration")]
public sealed class SesV2ClientTests : IAsyncLifetime
{
    private const string OddEmail = "Ops+Alerts/x@Example.com";

    private LocalSesEndpoint _ses = null!;
    private CoreServices _core = null!;

    public async Task InitializeAsync()
    {
        _ses = await LocalSesEndpoint.StartAsync();
        _core = CoreServices.For(_ses);
    }

    public async Task DisposeAsync()
    {
        await _core.DisposeAsync();
        await _ses.DisposeAsync();
    }

    [Fact]
    public async Task V2ListsTheSameIdentitiesWithTheSameStatusesAsV1()
    {
        await Seeding.VerifyAsync(_core.Client, [.. Seeding.Emails(30), .. Seeding.Domains(20), OddEmail]);
        foreach (var email in Seeding.Emails(30).Take(10).Append(OddEmail))
        {
            Assert.Equal(HttpStatusCode.OK, await Outbox.ConfirmAsync(_ses.Server, email));
        }

        var v1Names = await Seeding.ListAllAsync(_core.Client);
        var v1Statuses = new Dictionary<string, SesVerificationStatus>(StringComparer.Ordinal);
        foreach (var batch in v1Names.Chunk(100))
        {
            foreach (var (name, attributes) in (await _core.Client.GetIdentityVerificationAttributesAsync(batch, CancellationToken.None)).VerificationAttributes)
            {
                v1Statuses[name] = attributes.VerificationStatus;
            }
        }

        var v2 = await ListAllV2Async(pageSize: 7);

        Assert.Equal(51, v2.Count);
        Assert.Equal(v1Statuses.OrderBy(p => p.Key, StringComparer.Ordinal), v2.Select(i => KeyValuePair.Create(i.IdentityName, i.VerificationStatus)).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains(new EmailIdentityInfo(OddEmail, SesEmailIdentityType.EmailAddress, SesVerificationStatus.Success, true), v2);
        Assert.All(v2.Where(i => i.IdentityType == SesEmailIdentityType.Domain), i => Assert.Equal(SesVerificationStatus.Pending, i.VerificationStatus));
        Assert.All(v2, i => Assert.Equal(i.VerificationStatus == SesVerificationStatus.Success, i.SendingEnabled));
    }

    [Fact]
    public async Task FiltersByTypeStatusAndNameHoldOnEveryPage()
    {
        await Seeding.VerifyAsync(_core.Client, [.. Seeding.Emails(12), .. Seeding.Domains(9)]);
        foreach (var email in Seeding.Emails(12).Take(5))
        {
            await Outbox.ConfirmAsync(_ses.Server, email);
        }

        var domains = await ListAllV2Async(3, new EmailIdentityFilter(IdentityType: SesEmailIdentityType.Domain));
        var verified = await ListAllV2Async(2, new EmailIdentityFilter(VerificationStatus: SesVerificationStatus.Success));
        var named = await ListAllV2Async(1, new EmailIdentityFilter(NameContains: "D0000"));

        Assert.Equal(Seeding.Domains(9), domains.Select(i => i.IdentityName));
        Assert.Equal(Seeding.Emails(12).Take(5), verified.Select(i => i.IdentityName));
        Assert.Equal(Seeding.Domains(9), named.Select(i => i.IdentityName));
    }

    [Fact]
    public async Task GetEmailIdentityReadsAnEmailsPoliciesAndMailFromUnderItsExactName()
    {
        await _core.Client.VerifyEmailIdentityAsync(OddEmail, CancellationToken.None);
        await Outbox.ConfirmAsync(_ses.Server, OddEmail);
        var arn = $"arn:aws:ses:{LocalSesEndpoint.Region}:{LocalSesEndpoint.AccountId}:identity/{OddEmail}";
        var policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"ses:SendEmail","Resource":"{{arn}}"}]}""";
        await _core.Client.PutIdentityPolicyAsync(OddEmail, "allow-partner", policy, CancellationToken.None);
        await _core.Client.SetIdentityMailFromDomainAsync(OddEmail, "mail.example.com", "RejectMessage", CancellationToken.None);

        var identity = await _core.V2Client.GetEmailIdentityAsync(OddEmail, CancellationToken.None);

        Assert.Equal(SesEmailIdentityType.EmailAddress, identity.IdentityType);
        Assert.Equal(SesVerificationStatus.Success, identity.VerificationStatus);
        Assert.True(identity.VerifiedForSendingStatus);
        Assert.Equal(policy, identity.Policies["allow-partner"]);
        Assert.Equal(new EmailIdentityMailFromAttributes("mail.example.com", SesVerificationStatus.Pending, "REJECT_MESSAGE"), identity.MailFromAttributes);
        Assert.False(string.IsNullOrEmpty(identity.RequestId));
    }

    [Fact]
    public async Task GetEmailIdentityReadsADomainsDkimTokensAsV1GaveThem()
    {
        var tokens = (await _core.Client.VerifyDomainDkimAsync("dkim.example", CancellationToken.None)).DkimTokens;

        var identity = await _core.V2Client.GetEmailIdentityAsync("dkim.example", CancellationToken.None);

        Assert.Equal(SesEmailIdentityType.Domain, identity.IdentityType);
        Assert.Equal(SesVerificationStatus.Pending, identity.VerificationStatus);
        Assert.True(identity.DkimAttributes!.SigningEnabled);
        Assert.Equal(SesVerificationStatus.Pending, identity.DkimAttributes.Status);
        Assert.Equal(tokens, identity.DkimAttributes.Tokens);
        Assert.Null(identity.MailFromAttributes);
        Assert.Empty(identity.Policies);
    }

    [Fact]
    public async Task GetEmailIdentityOfAnUnknownNameIsNotFoundWithTheRequestId()
    {
        var error = await Assert.ThrowsAsync<SesCallException>(() =>
            _core.V2Client.GetEmailIdentityAsync("nobody@example.com", CancellationToken.None));

        Assert.Equal("NotFoundException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Equal(1, _ses.Count("GetEmailIdentity"));
    }

    [Fact]
    public async Task AnInvalidFilterComesBackAsBadRequestException()
    {
        var error = await Assert.ThrowsAsync<SesCallException>(() => _core.V2Client.ListEmailIdentitiesAsync(
            new ListEmailIdentitiesRequest(NextToken: "not-a-token"), CancellationToken.None));

        Assert.Equal("BadRequestException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task V2CallsArePacedPerOperationSoSesEnforcedRateNeverThrottles()
    {
        await Seeding.VerifyAsync(_core.Client, Seeding.Domains(3));
        _ses.Server.Knobs.EnforceSesRateLimit = true;
        await using var paced = CoreServices.For(_ses, requestsPerSecondPerOperation: 1, extraSettings: new Dictionary<string, string?> { ["Ses:MaxErrorRetry"] = "0" });
        _ses.Server.ResetRequestCounts();

        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await paced.V2Client.ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(PageSize: 1, NextToken: token), CancellationToken.None);
            names.AddRange(page.EmailIdentities.Select(i => i.IdentityName));
            token = page.NextToken;
        }
        while (token is not null);

        var identity = await paced.V2Client.GetEmailIdentityAsync(names[0], CancellationToken.None);

        Assert.Equal(Seeding.Domains(3), names);
        Assert.Equal(SesEmailIdentityType.Domain, identity.IdentityType);
        Assert.Equal(3, _ses.Count("ListEmailIdentities"));
        Assert.Equal(1, _ses.Count("GetEmailIdentity"));
    }

    private async Task<List<EmailIdentityInfo>> ListAllV2Async(int pageSize, EmailIdentityFilter? filter = null)
    {
        var all = new List<EmailIdentityInfo>();
        string? token = null;
        do
        {
            var page = await _core.V2Client.ListEmailIdentitiesAsync(new ListEmailIdentitiesRequest(filter, pageSize, token), CancellationToken.None);
            Assert.True(page.EmailIdentities.Count <= pageSize);
            all.AddRange(page.EmailIdentities);
            token = page.NextToken;
        }
        while (token is not null);

        return all;
    }
}
