using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>Many concurrent changes through our client: LocalSes (SQLite) loses none and invents none.</summary>
[Trait("Category", "Integration")]
public sealed class ParallelChangesTests
{
    [Fact]
    public async Task TwoHundredParallelVerifyAndDeleteCallsLoseNothing()
    {
        await using var ses = await LocalSesEndpoint.StartAsync();
        await using var core = CoreServices.For(ses);
        var doomed = Seeding.Emails(100, "doomed");
        await Seeding.VerifyAsync(core.Client, doomed);
        var added = Seeding.Emails(50, "new+tag").Concat(Seeding.Domains(50, "new")).ToArray();
        ses.Server.ResetRequestCounts();

        // All 200 at once, unthrottled by any degree-of-parallelism limit on our side.
        await Task.WhenAll(
            added.Select(name => name.Contains('@', StringComparison.Ordinal)
                    ? (Task)core.Client.VerifyEmailIdentityAsync(name, CancellationToken.None)
                    : core.Client.VerifyDomainIdentityAsync(name, CancellationToken.None))
                .Concat(doomed.Select(name => (Task)core.Client.DeleteIdentityAsync(name, CancellationToken.None))));

        Assert.Equal(added.Order(StringComparer.Ordinal), (await Seeding.ListAllAsync(core.Client)).Order(StringComparer.Ordinal));
        Assert.Equal(100, ses.Count("DeleteIdentity"));
        Assert.Equal(50, ses.Count("VerifyEmailIdentity"));
        Assert.Equal(50, ses.Count("VerifyDomainIdentity"));
        Assert.Equal(50, (await ses.Server.Outbox.ListAsync(CancellationToken.None)).Count(m => m.To.StartsWith("new+tag", StringComparison.Ordinal)));
    }
}
