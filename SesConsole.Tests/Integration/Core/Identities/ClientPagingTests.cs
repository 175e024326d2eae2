using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>ListIdentities paging with MaxItems and NextToken through our client across 2,500 identities.</summary>
[Trait("Category", "Integration")]
public sealed class ClientPagingTests(ClientPagingTests.SeededLocalSes seeded) : IClassFixture<ClientPagingTests.SeededLocalSes>
{
    private const int Emails = 1500;
    private const int Domains = 1000;
    private readonly LocalSesEndpoint _ses = seeded.Ses;
    private readonly CoreServices _core = seeded.Core;

    [Fact]
    public async Task PagesOfAThousandReturnEveryIdentityOnceInThreeCalls()
    {
        _ses.Server.ResetRequestCounts();

        var pageSizes = new List<int>();
        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await _core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(MaxItems: 1000, NextToken: token), CancellationToken.None);
            pageSizes.Add(page.Identities.Count);
            names.AddRange(page.Identities);
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal([1000, 1000, 500], pageSizes);
        Assert.Equal(Seeding.Emails(Emails).Concat(Seeding.Domains(Domains)).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal(3, _ses.Count("ListIdentities"));
    }

    [Fact]
    public async Task SmallPagesFollowNextTokenWithoutGapsOrRepeats()
    {
        var names = await Seeding.ListAllAsync(_core.Client, maxItems: 7);

        Assert.Equal(Emails + Domains, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task IdentityTypeFilterHoldsOnEveryPage()
    {
        _ses.Server.ResetRequestCounts();

        var emails = await Seeding.ListAllAsync(_core.Client, SesIdentityType.EmailAddress, maxItems: 400);
        var domains = await Seeding.ListAllAsync(_core.Client, SesIdentityType.Domain, maxItems: 400);

        Assert.Equal(Seeding.Emails(Emails).Order(StringComparer.Ordinal), emails.Order(StringComparer.Ordinal));
        Assert.Equal(Seeding.Domains(Domains).Order(StringComparer.Ordinal), domains.Order(StringComparer.Ordinal));
        Assert.Equal(4 + 3, _ses.Count("ListIdentities"));
    }

    [Fact]
    public async Task NextTokenOfOneTypeIsRefusedForAnother()
    {
        var first = await _core.Client.ListIdentitiesAsync(new ListIdentitiesRequest(SesIdentityType.Domain, 10), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<SesCallException>(() => _core.Client.ListIdentitiesAsync(
            new ListIdentitiesRequest(SesIdentityType.EmailAddress, 10, first.NextToken), CancellationToken.None));

        Assert.Equal("InvalidParameterValue", refused.ErrorCode);
    }

    /// <summary>One LocalSes with 1,500 email and 1,000 domain identities (seeded into its store), shared by the read-only tests of this class.</summary>
    public sealed class SeededLocalSes : IAsyncLifetime
    {
        internal LocalSesEndpoint Ses { get; private set; } = null!;

        internal CoreServices Core { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Ses = await LocalSesEndpoint.StartAsync();
            Core = CoreServices.For(Ses);
            await Seeding.SeedAsync(Ses, [.. Seeding.Emails(Emails), .. Seeding.Domains(Domains)]);
        }

        public async Task DisposeAsync()
        {
            await Core.DisposeAsync();
            await Ses.DisposeAsync();
        }
    }
}
