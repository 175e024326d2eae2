using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

/// <summary>Cheap argument checks: bad input is refused before any request is sent.</summary>
[Trait("Category", "Integration")]
public sealed class ArgumentValidationTests : IAsyncLifetime
{
    private LoopbackSes _ses = null!;
    private SesClientFactory _factory = null!;

    private ISesClient Client => _factory.ForRegion(SesClientHarness.Region);

    public async Task InitializeAsync()
    {
        _ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, string.Empty, "r"));
        _factory = SesClientHarness.CreateFactory(_ses.Url);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _ses.DisposeAsync();
    }

    public static TheoryData<string> EmptyValues => new() { string.Empty, " " };

    [Theory]
    [MemberData(nameof(EmptyValues))]
    public async Task EmptySingleIdentityIsRefusedForEveryOperation(string empty)
    {
        var ct = CancellationToken.None;
        await Assert.ThrowsAsync<ArgumentException>(() => Client.VerifyEmailIdentityAsync(empty, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.VerifyDomainIdentityAsync(empty, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.VerifyDomainDkimAsync(empty, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.DeleteIdentityAsync(empty, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.PutIdentityPolicyAsync(empty, "p", "{}", ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.PutIdentityPolicyAsync("example.com", empty, "{}", ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.PutIdentityPolicyAsync("example.com", "p", empty, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetIdentityPoliciesAsync(empty, ["p"], ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.ListIdentityPoliciesAsync(empty, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.DeleteIdentityPolicyAsync(empty, "p", ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.DeleteIdentityPolicyAsync("example.com", empty, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SetIdentityMailFromDomainAsync(empty, null, null, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SetIdentityMailFromDomainAsync("example.com", empty, null, ct));
        Assert.Equal(0, _ses.RequestCount);
    }

    [Fact]
    public async Task NullIdentityIsRefused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client.DeleteIdentityAsync(null!, CancellationToken.None));
        Assert.Equal(0, _ses.RequestCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task AttributeBatchesOutsideOneTo100AreRefused(int count)
    {
        var identities = Enumerable.Range(0, count).Select(i => $"id{i}.example").ToArray();

        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetIdentityVerificationAttributesAsync(identities, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetIdentityDkimAttributesAsync(identities, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetIdentityMailFromDomainAttributesAsync(identities, CancellationToken.None));
        Assert.Equal(0, _ses.RequestCount);
    }

    [Fact]
    public async Task BatchWithAnEmptyIdentityIsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Client.GetIdentityVerificationAttributesAsync(["example.com", ""], CancellationToken.None));
        Assert.Equal(0, _ses.RequestCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task MaxItemsOutsideOneTo1000IsRefused(int maxItems)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Client.ListIdentitiesAsync(new ListIdentitiesRequest(MaxItems: maxItems), CancellationToken.None));
        Assert.Equal(0, _ses.RequestCount);
    }

    [Fact]
    public async Task UnknownMxFailureBehaviourIsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Client.SetIdentityMailFromDomainAsync("example.com", "mail.example.com", "Bounce", CancellationToken.None));

        Assert.Contains("UseDefaultValue or RejectMessage", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _ses.RequestCount);
    }

    [Fact]
    public async Task MoreThan20PolicyNamesAreRefused()
    {
        var names = Enumerable.Range(0, 21).Select(i => $"p{i}").ToArray();

        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetIdentityPoliciesAsync("example.com", names, CancellationToken.None));
        Assert.Equal(0, _ses.RequestCount);
    }
}
