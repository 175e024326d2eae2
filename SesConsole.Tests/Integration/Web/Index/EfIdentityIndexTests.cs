using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Integration.Web.Index;

/// <summary>The identity index in a real SQLite console database: the grid's queries per region and across regions,
/// ordinal names, status changes, and the lease row.</summary>
[Trait("Category", "Integration")]
public sealed class EfIdentityIndexTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset At = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private readonly IndexDatabase _database = new();

    private IIdentityIndex Index => _database.Index;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task NamesDifferingOnlyInCaseAreTwoIdentitiesStoredAsListed()
    {
        await WriteAsync("us-east-1", ("Jane@example.com", VerificationStatus.Success), ("jane@example.com", VerificationStatus.Pending));

        var page = await Index.QueryAsync("us-east-1", new IdentityQuery(Search: "JANE"), None);

        Assert.Equal(["Jane@example.com", "jane@example.com"], page.Items.Select(i => i.Name));
        Assert.Equal([VerificationStatus.Success, VerificationStatus.Pending], page.Items.Select(i => i.Status));
    }

    [Fact]
    public async Task AllRegionsAnswerOneGridWithEachRowsRegion()
    {
        await WriteAsync("us-east-1", ("a.example", VerificationStatus.Success), ("b.example", VerificationStatus.Pending));
        await WriteAsync("eu-west-1", ("a.example", VerificationStatus.Pending));

        var all = await Index.QueryAsync(null, new IdentityQuery(Status: VerificationStatus.Pending), None);
        var one = await Index.QueryAsync("eu-west-1", new IdentityQuery(), None);

        Assert.Equal([("eu-west-1", "a.example"), ("us-east-1", "b.example")], all.Items.Select(i => (i.Region, i.Name)));
        Assert.Equal(2, all.TotalCount);
        Assert.Equal(["a.example"], one.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task AStatusChangeIsReportedOnceWithItsTimeAndRaisesChanged()
    {
        await WriteAsync("us-east-1", ("a.example", VerificationStatus.Pending));
        var raised = new List<IdentityIndexChanged>();
        Index.Changed += (_, e) => raised.Add(e);

        var changes = await Index.WriteAsync(
            "us-east-1", [new IdentityObservation("a.example", IdentityKind.Domain, VerificationStatus.Success)], At.AddMinutes(1), None);
        var again = await Index.WriteAsync(
            "us-east-1", [new IdentityObservation("a.example", IdentityKind.Domain, VerificationStatus.Success)], At.AddMinutes(2), None);

        var change = Assert.Single(changes);
        Assert.Equal((VerificationStatus.Pending, VerificationStatus.Success), (change.Before!.Value, change.After));
        Assert.Empty(again);
        var row = Assert.Single(await Index.GetAsync("us-east-1", ["a.example"], None));
        Assert.Equal((At.AddMinutes(1), At.AddMinutes(2)), (row.StatusChangedAt, row.LastReadAt));
        Assert.Equal(change, Assert.Single(raised[0].StatusChanges));
    }

    [Fact]
    public async Task PendingComeLeastRecentlyReadFirst()
    {
        await Index.WriteAsync("us-east-1", [new IdentityObservation("new.example", IdentityKind.Domain, VerificationStatus.Pending)], At.AddMinutes(5), None);
        await Index.WriteAsync("us-east-1", [new IdentityObservation("old.example", IdentityKind.Domain, VerificationStatus.Pending)], At, None);
        await WriteAsync("us-east-1", ("done.example", VerificationStatus.Success));

        Assert.Equal(["old.example", "new.example"], await Index.PendingAsync("us-east-1", 10, None));
    }

    [Fact]
    public async Task RemoveUnseenKeepsWhatThePassReadAndWhatWeAddedDuringIt()
    {
        await WriteAsync("us-east-1", ("gone.example", VerificationStatus.Success), ("kept.example", VerificationStatus.Success));
        var passStarted = At.AddMinutes(10);
        await Index.WriteAsync("us-east-1", [new IdentityObservation("kept.example", IdentityKind.Domain, VerificationStatus.Success)], passStarted, None);
        await Index.WriteAsync("us-east-1", [new IdentityObservation("ours.example", IdentityKind.Domain, VerificationStatus.Pending)], passStarted.AddSeconds(3), None);

        var removed = await Index.RemoveUnseenAsync("us-east-1", passStarted, None);

        Assert.Equal(1, removed);
        Assert.Equal(["kept.example", "ours.example"], (await Index.QueryAsync("us-east-1", new IdentityQuery(), None)).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task TheLeaseIsHeldByOneHolderUntilItExpiresOrIsGivenUp()
    {
        Assert.True(await Index.TryTakeLeaseAsync("us-east-1", "a", At, TimeSpan.FromMinutes(2), None));
        Assert.False(await Index.TryTakeLeaseAsync("us-east-1", "b", At.AddMinutes(1), TimeSpan.FromMinutes(2), None));
        Assert.True(await Index.TryTakeLeaseAsync("us-east-1", "a", At.AddMinutes(1), TimeSpan.FromMinutes(2), None));
        Assert.False(await Index.TryTakeLeaseAsync("us-east-1", "b", At.AddMinutes(2.5), TimeSpan.FromMinutes(2), None));
        Assert.True(await Index.TryTakeLeaseAsync("us-east-1", "b", At.AddMinutes(3.5), TimeSpan.FromMinutes(2), None));
        await Index.ReleaseLeaseAsync("us-east-1", "b", None);
        Assert.True(await Index.TryTakeLeaseAsync("us-east-1", "a", At.AddMinutes(3.6), TimeSpan.FromMinutes(2), None));
        Assert.True(await Index.TryTakeLeaseAsync("eu-west-1", "b", At.AddMinutes(3.6), TimeSpan.FromMinutes(2), None));
    }

    private Task WriteAsync(string region, params (string Name, VerificationStatus Status)[] rows) =>
        Index.WriteAsync(
            region,
            rows.Select(r => new IdentityObservation(r.Name, r.Name.Contains('@') ? IdentityKind.EmailAddress : IdentityKind.Domain, r.Status)).ToArray(),
            At,
            None);
}
