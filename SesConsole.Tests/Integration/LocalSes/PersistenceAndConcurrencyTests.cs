using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>State lives in the SQLite file: it survives a restart, and concurrent writers lose nothing.</summary>
[Trait("Category", "Integration")]
public sealed class PersistenceAndConcurrencyTests : IAsyncLifetime
{
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync();

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task IdentitiesPoliciesAndOutboxSurviveARestartOnTheSameFile()
    {
        var token = (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "kept.example"))).Result("VerifyDomainIdentity").Element(Ns + "VerificationToken")!.Value;
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "kept@example.com"));
        var link = (await _ses.Server.Outbox.ListAsync(CancellationToken.None)).Single().ConfirmationLink;
        using (var confirm = await _ses.Http.GetAsync(link))
        {
            confirm.EnsureSuccessStatusCode();
        }

        (await _ses.CallAsync("PutIdentityPolicy", OperationShapeTests.Policy("kept@example.com", "kept-policy"))).Result("PutIdentityPolicy");

        await _ses.RestartAsync();
        var list = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));
        var again = (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "kept.example"))).Result("VerifyDomainIdentity").Element(Ns + "VerificationToken")!.Value;
        var attributes = Entries((await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("kept@example.com")))
            .Result("GetIdentityVerificationAttributes").Element(Ns + "VerificationAttributes"));
        var policies = Members((await _ses.CallAsync("ListIdentityPolicies", ("Identity", "kept@example.com"))).Result("ListIdentityPolicies").Element(Ns + "PolicyNames"));
        var outbox = await _ses.Server.Outbox.ListAsync(CancellationToken.None);

        Assert.Equal(["kept.example", "kept@example.com"], list);
        Assert.Equal(token, again);
        Assert.Equal("Success", attributes["kept@example.com"].Element(Ns + "VerificationStatus")!.Value);
        Assert.Equal(["kept-policy"], policies);
        Assert.Equal(link, Assert.Single(outbox).ConfirmationLink);
    }

    [Fact]
    public async Task TwoHundredParallelVerifyAndDeleteCallsLoseNothing()
    {
        // Even numbers are verified and kept; odd numbers are verified, then deleted, while everything runs at once.
        await Parallel.ForEachAsync(Enumerable.Range(0, 100), async (i, _) =>
            (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", $"odd{i:D3}.example"))).Result("VerifyDomainIdentity"));

        var calls = Enumerable.Range(0, 100).SelectMany(i => new Func<Task<SesReply>>[]
        {
            () => _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", $"even{i:D3}@example.com")),
            () => _ses.CallAsync("DeleteIdentity", ("Identity", $"odd{i:D3}.example")),
        });
        var replies = await Task.WhenAll(calls.Select(call => Task.Run(call)));

        var remaining = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));
        var outbox = await _ses.Server.Outbox.ListAsync(CancellationToken.None);
        Assert.Equal(200, replies.Length);
        Assert.All(replies, r => Assert.Equal(LocalSesHarness.Ok, r.Status));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"even{i:D3}@example.com"), remaining);
        Assert.Equal(100, outbox.Select(m => m.To).Distinct().Count());
    }
}
