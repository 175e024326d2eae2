using System.Net;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Listing;
using SesConsole.Tests.Core.Ses.Support;
using SesConsole.Tests.Integration.Support;
using SesReply = SesConsole.Tests.Core.Ses.Support.SesReply;

namespace SesConsole.Tests.Integration;

/// <summary>
/// The v2-or-v1 listing reader: what a full listing costs SES, and the fallback to v1 when IAM refuses the v2 action.
/// LocalSes on this branch has no per-credential deny list yet, so the refusal comes from a loopback listener that
/// answers every v2 call with AccessDeniedException (real HTTP, our real unmarshalling), while v1 goes to LocalSes.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IdentityListingReaderTests : IAsyncLifetime
{
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
    public async Task StatusesOfTwoThousandOneHundredIdentitiesCostThreeV2CallsAndNoV1Call()
    {
        await Seeding.VerifyAsync(_core.Client, [.. Seeding.Emails(1300), .. Seeding.Domains(800)]);
        _ses.Server.ResetRequestCounts();

        var pages = await ReadAllAsync(_core.Listing, LocalSesEndpoint.Region);

        Assert.Equal(3, _ses.Count("ListEmailIdentities"));
        Assert.Equal(3, _ses.TotalCount);
        Assert.Equal([1000, 1000, 100], pages.Select(p => p.Identities.Count));
        Assert.All(pages, p => Assert.Equal(ListingApi.V2, p.Api));
        var identities = pages.SelectMany(p => p.Identities).ToList();
        Assert.Equal(Seeding.Emails(1300).Concat(Seeding.Domains(800)).Order(StringComparer.Ordinal), identities.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.All(identities, i => Assert.Equal(SesVerificationStatus.Pending, i.VerificationStatus));
        Assert.Equal(800, identities.Count(i => i.Type == SesEmailIdentityType.Domain));
        Assert.Equal(ListingApi.V2, _core.Listing.ApiFor(LocalSesEndpoint.Region));
    }

    [Fact]
    public async Task AccessDeniedToV2FallsBackToV1BatchesLogsOnceAndSaysSo()
    {
        await using var denying = await LoopbackSes.StartAsync(_ => SesReply.JsonError(
            HttpStatusCode.Forbidden, "AccessDeniedException", "User is not authorized to perform: ses:ListEmailIdentities"));
        using var deniedFactory = SesClientHarness.CreateFactory(denying.Url);
        using var logs = new ListLoggerProvider();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var reader = new IdentityListingReader(deniedFactory, _core.Factory, loggers.CreateLogger<IdentityListingReader>());
        var region = SesClientHarness.Region;
        await Seeding.VerifyAsync(_core.Factory.ForRegion(region), [.. Seeding.Emails(150), .. Seeding.Domains(100)]);
        await Outbox.ConfirmAsync(_ses.Server, Seeding.Emails(150)[0]);
        _ses.Server.ResetRequestCounts();

        var first = await ReadAllAsync(reader, region);
        var second = await ReadAllAsync(reader, region);

        Assert.Equal(1, denying.RequestCount);
        Assert.Equal(2 * 1, _ses.Count("ListIdentities"));
        Assert.Equal(2 * 3, _ses.Count("GetIdentityVerificationAttributes"));
        Assert.Equal(0, _ses.Count("ListEmailIdentities"));
        Assert.Equal(ListingApi.V1Fallback, reader.ApiFor(region));
        Assert.Equal(ListingApi.V2, reader.ApiFor(LocalSesEndpoint.Region));
        Assert.All(first.Concat(second), p => Assert.Equal(ListingApi.V1Fallback, p.Api));
        var identities = first.SelectMany(p => p.Identities).ToList();
        Assert.Equal(250, identities.Count);
        Assert.Equal(identities, second.SelectMany(p => p.Identities));
        Assert.Equal(
            new ListedIdentity(Seeding.Emails(150)[0], SesEmailIdentityType.EmailAddress, SesVerificationStatus.Success, SendingEnabled: null),
            identities.Single(i => i.Name == Seeding.Emails(150)[0]));
        Assert.Equal(100, identities.Count(i => i.Type == SesEmailIdentityType.Domain));
        var warning = Assert.Single(logs.Messages, m => m.Contains("refused ListEmailIdentities", StringComparison.Ordinal));
        Assert.Contains(region, warning, StringComparison.Ordinal);
        Assert.Contains("AccessDeniedException", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherV2FailureIsNotTakenForAccessDenied()
    {
        await using var failing = await LoopbackSes.StartAsync(_ => SesReply.JsonError(HttpStatusCode.BadRequest, "BadRequestException", "no"));
        using var failingFactory = SesClientHarness.CreateFactory(failing.Url);
        using var loggers = LoggerFactory.Create(_ => { });
        var reader = new IdentityListingReader(failingFactory, _core.Factory, loggers.CreateLogger<IdentityListingReader>());

        var error = await Assert.ThrowsAsync<SesCallException>(() => ReadAllAsync(reader, SesClientHarness.Region));

        Assert.Equal("BadRequestException", error.ErrorCode);
        Assert.Equal(ListingApi.V2, reader.ApiFor(SesClientHarness.Region));
        Assert.Equal(0, _ses.TotalCount);
    }

    private static async Task<List<ListedIdentityPage>> ReadAllAsync(IIdentityListingReader reader, string region)
    {
        var pages = new List<ListedIdentityPage>();
        await foreach (var page in reader.ReadAllAsync(region, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }
}
