using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>Seeding straight into the store gives what the verify calls would have, as the wire reads it back.</summary>
[Trait("Category", "Integration")]
public sealed class SeedingTests : IAsyncLifetime
{
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync();

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task SeededIdentitiesArePendingAndListedUnderSesNames()
    {
        var added = await _ses.Server.SeedIdentitiesAsync(
            LocalSesHarness.Region, ["Ops@Example.com", "Seeded.Example", "xn--bcher-kva.example"], CancellationToken.None);

        Assert.Equal(3, added);
        var listed = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));
        Assert.Equal(["Ops@Example.com", "seeded.example", "xn--bcher-kva.example"], listed.Order(StringComparer.Ordinal));
        var attributes = Entries((await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("Ops@Example.com", "seeded.example")))
            .Result("GetIdentityVerificationAttributes").Element(Ns + "VerificationAttributes"));
        Assert.Equal("Pending", attributes["Ops@Example.com"].Element(Ns + "VerificationStatus")!.Value);
        Assert.Equal("Pending", attributes["seeded.example"].Element(Ns + "VerificationStatus")!.Value);
        Assert.Equal(44, attributes["seeded.example"].Element(Ns + "VerificationToken")!.Value.Length);
        Assert.DoesNotContain(_ses.Server.RequestCounts.Keys, action => action.StartsWith("Verify", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeedingLeavesAnExistingIdentityAsItWas()
    {
        var token = (await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "kept.example"))).Result("VerifyDomainIdentity")
            .Element(Ns + "VerificationToken")!.Value;

        var added = await _ses.Server.SeedIdentitiesAsync(LocalSesHarness.Region, ["kept.example", "new.example"], CancellationToken.None);

        Assert.Equal(1, added);
        var attributes = Entries((await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("kept.example")))
            .Result("GetIdentityVerificationAttributes").Element(Ns + "VerificationAttributes"));
        Assert.Equal(token, attributes["kept.example"].Element(Ns + "VerificationToken")!.Value);
    }

    [Fact]
    public async Task ANameSesWouldRefuseIsRefusedAndNothingIsAdded()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            _ses.Server.SeedIdentitiesAsync(LocalSesHarness.Region, ["fine.example", "not a domain"], CancellationToken.None));

        Assert.Contains("not a domain", refused.Message, StringComparison.Ordinal);
        var listed = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));
        Assert.Empty(listed);
    }
}
