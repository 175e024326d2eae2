using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;
using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>LocalSes keeps an email address exactly as given, local part and domain part, as SES does.</summary>
[Trait("Category", "Integration")]
public sealed class ExactNameTests : IAsyncLifetime
{
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync();

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task AnEmailWithAMixedCaseDomainIsListedAndReadExactlyAsGiven()
    {
        (await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Mixed.Case@Example.COM"))).Result("VerifyEmailIdentity");

        var listed = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));
        var exact = Entries((await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("Mixed.Case@Example.COM")))
            .Result("GetIdentityVerificationAttributes").Element(Ns + "VerificationAttributes"));
        var lowerDomain = Entries((await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities("Mixed.Case@example.com")))
            .Result("GetIdentityVerificationAttributes").Element(Ns + "VerificationAttributes"));

        Assert.Equal(["Mixed.Case@Example.COM"], listed);
        Assert.Equal(["Mixed.Case@Example.COM"], exact.Keys);
        Assert.Empty(lowerDomain);
    }

    [Fact]
    public async Task DeletingAnEmailWithAnotherCaseOfItsDomainLeavesItInPlace()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Mixed.Case@Example.COM"));

        (await _ses.CallAsync("DeleteIdentity", ("Identity", "Mixed.Case@example.com"))).Result("DeleteIdentity");
        var afterWrongCase = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));
        (await _ses.CallAsync("DeleteIdentity", ("Identity", "Mixed.Case@Example.COM"))).Result("DeleteIdentity");
        var afterExact = Members((await _ses.CallAsync("ListIdentities")).Result("ListIdentities").Element(Ns + "Identities"));

        Assert.Equal(["Mixed.Case@Example.COM"], afterWrongCase);
        Assert.Empty(afterExact);
    }
}
