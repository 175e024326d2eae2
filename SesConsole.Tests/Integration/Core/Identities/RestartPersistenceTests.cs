using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>LocalSes restarted on the same SQLite file and port: the same client sees everything it left there.</summary>
[Trait("Category", "Integration")]
public sealed class RestartPersistenceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task IdentitiesTokensStatusesPoliciesAndMailFromSurviveARestart()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var client = core.Client;
        const string email = "Kept+Across@restart.example";
        const string domain = "xn--mnchen-3ya.restart.example";
        await Seeding.VerifyAsync(client, [.. Seeding.Emails(50), .. Seeding.Domains(50)]);
        await client.VerifyEmailIdentityAsync(email, None);
        await Outbox.ConfirmAsync(ses.Server, email);
        var token = (await client.VerifyDomainIdentityAsync(domain, None)).VerificationToken;
        var dkimTokens = (await client.VerifyDomainDkimAsync(domain, None)).DkimTokens;
        await client.SetIdentityMailFromDomainAsync(domain, "bounce." + domain, "RejectMessage", None);
        var policy = $$$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"ses:SendRawEmail","Resource":"arn:aws:ses:{{{LocalSesEndpoint.Region}}}:{{{LocalSesEndpoint.AccountId}}}:identity/{{{email}}}"}]}""";
        await client.PutIdentityPolicyAsync(email, "kept", policy, None);
        var before = await Seeding.ListAllAsync(client);

        await ses.RestartAsync();

        Assert.Equal(before, await Seeding.ListAllAsync(client));
        var statuses = (await client.GetIdentityVerificationAttributesAsync([email, domain], None)).VerificationAttributes;
        Assert.Equal(SesVerificationStatus.Success, statuses[email].VerificationStatus);
        Assert.Equal(SesVerificationStatus.Pending, statuses[domain].VerificationStatus);
        Assert.Equal(token, statuses[domain].VerificationToken);
        Assert.Equal(dkimTokens.Order(StringComparer.Ordinal), (await client.GetIdentityDkimAttributesAsync([domain], None)).DkimAttributes[domain].DkimTokens.Order(StringComparer.Ordinal));
        var mailFrom = (await client.GetIdentityMailFromDomainAttributesAsync([domain], None)).MailFromDomainAttributes[domain];
        Assert.Equal(("bounce." + domain, "RejectMessage"), (mailFrom.MailFromDomain, mailFrom.BehaviorOnMXFailure));
        Assert.Equal(policy, (await client.GetIdentityPoliciesAsync(email, ["kept"], None)).Policies["kept"]);
    }

    [Fact]
    public async Task AVerificationLinkMailedBeforeARestartStillConfirmsAfterIt()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        await core.Client.VerifyEmailIdentityAsync("late@restart.example", None);
        var link = await Outbox.LinkForAsync(ses.Server, "late@restart.example");

        await ses.RestartAsync();
        using var http = new HttpClient();
        using var confirmation = await http.GetAsync(link);

        Assert.True(confirmation.IsSuccessStatusCode);
        var status = (await core.Client.GetIdentityVerificationAttributesAsync(["late@restart.example"], None))
            .VerificationAttributes["late@restart.example"].VerificationStatus;
        Assert.Equal(SesVerificationStatus.Success, status);
    }
}
