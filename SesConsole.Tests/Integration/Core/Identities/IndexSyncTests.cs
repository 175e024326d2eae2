using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Listing;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Integration.Core.Identities;

/// <summary>
/// The identity index's sync against LocalSes over real HTTP, into real SQLite: what a full pass costs and keeps,
/// Pending identities re-read without listing again, removal of what SES no longer lists, and the lease that keeps
/// two app instances on one database from both syncing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IndexSyncTests : IAsyncLifetime
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private LocalSesEndpoint _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesEndpoint.StartAsync();

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task AListingOfTwoThousandOneHundredIdentitiesCostsThreeV2CallsAndIndexesThemAll()
    {
        await using var core = CoreServices.For(_ses);
        await Seeding.VerifyAsync(core.Client, [.. Seeding.Emails(1300), .. Seeding.Domains(800)]);
        _ses.Server.ResetRequestCounts();

        await core.SyncAsync();

        Assert.Equal(3, _ses.Count("ListEmailIdentities"));
        Assert.Equal(3, _ses.TotalCount);
        var page = (await core.NewSession().Reads.ListAsync(Region, new IdentityQuery(PageSize: 1000, Kind: IdentityKind.Domain), None)).Value!;
        Assert.Equal(800, page.TotalCount);
        Assert.True(page.TotalIsExact);
        Assert.All(page.Items, i => Assert.Equal(VerificationStatus.Pending, i.Status));
        var state = page.Sync!;
        Assert.Equal((2100, ListingApi.V2), (state.IdentitiesRead, state.Api!.Value));
        var stored = await core.Index.GetAsync(Region, Seeding.Emails(1300), None);
        Assert.Equal(1300, stored.Count);
        // v2 reports SendingEnabled (false while Pending); v1 could not.
        Assert.All(stored, i => Assert.Equal(false, i.SendingEnabled));
    }

    [Fact]
    public async Task AFullPassReadsEveryDomainsDkimAndEveryIdentitysFeedbackTopicsInTheFewestCalls()
    {
        const string Bounces = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
        const string Complaints = "arn:aws:sns:us-east-1:123456789012:ses-complaints";
        await using var ses = await LocalSesEndpoint.StartAsync(o => o.Topics = ["ses-bounces", "ses-complaints"]);
        await using var core = CoreServices.For(ses);
        var emails = Seeding.Emails(1300);
        var domains = Seeding.Domains(250);
        await Seeding.SeedAsync(ses, [.. emails, .. domains]);
        await core.Client.VerifyDomainDkimAsync(domains[3], None);
        await core.Client.SetIdentityNotificationTopicAsync(emails[5], SesNotificationType.Bounce, Bounces, None);
        await core.Client.SetIdentityNotificationTopicAsync(emails[5], SesNotificationType.Complaint, Complaints, None);
        await core.Client.SetIdentityNotificationTopicAsync(domains[4], SesNotificationType.Bounce, Bounces, None);
        ses.Server.ResetRequestCounts();

        await core.Sync.FullPassAsync(Region, pending: null, None);

        // ceil(1550/1000) listing + ceil(250 domains/100) DKIM + ceil(1550/100) notification calls, and nothing else.
        Assert.Equal(2, ses.Count("ListEmailIdentities"));
        Assert.Equal(3, ses.Count("GetIdentityDkimAttributes"));
        Assert.Equal(16, ses.Count("GetIdentityNotificationAttributes"));
        Assert.Equal(21, ses.TotalCount);
        var rows = (await core.Index.GetAsync(Region, [emails[5], domains[3], domains[4]], None)).ToDictionary(r => r.Name);
        Assert.Equal(VerificationStatus.Pending, rows[domains[3]].DkimStatus);
        Assert.Equal(VerificationStatus.NotStarted, rows[domains[4]].DkimStatus);
        Assert.Null(rows[emails[5]].DkimStatus);
        Assert.Equal((false, true), (rows[emails[5]].MissingFeedbackTopics!.Value, rows[domains[4]].MissingFeedbackTopics!.Value));
        var reads = core.NewSession().Reads;
        var missing = (await reads.ListAsync(Region, new IdentityQuery(MissingFeedbackTopics: true), None)).Value!;
        Assert.Equal(1549, missing.TotalCount);
        var page = (await reads.ListAsync(Region, new IdentityQuery(Search: domains[3]), None)).Value!;
        Assert.Equal((VerificationStatus?)VerificationStatus.Pending, Assert.Single(page.Items).DkimStatus);
        Assert.Equal(0, (await reads.ListAsync(Region, new IdentityQuery(Search: emails[5], MissingFeedbackTopics: true), None)).Value!.TotalCount);
    }

    [Fact]
    public async Task NamesRoundTripByteForByteAsSesListsThem()
    {
        await using var core = CoreServices.For(_ses);
        string[] names = ["Mixed.Case+Tag@example.com", "mixed.case+tag@example.com", "xn--bcher-kva.example"];
        await Seeding.VerifyAsync(core.Client, names);

        await core.SyncAsync();
        var listed = (await core.NewSession().Reads.ListAsync(Region, new IdentityQuery(SortBy: IdentitySortField.Name), None)).Value!;

        Assert.Equal(names.Order(StringComparer.Ordinal), listed.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, (await core.Index.GetAsync(Region, names[..2], None)).Count);
    }

    [Fact]
    public async Task PendingIdentitiesAreReReadInBatchesWithoutListingAgain()
    {
        await using var core = CoreServices.For(_ses);
        var emails = Seeding.Emails(150);
        await Seeding.VerifyAsync(core.Client, emails);
        await core.SyncAsync();
        await Outbox.ConfirmAsync(_ses.Server, emails[7]);
        _ses.Server.ResetRequestCounts();
        var changes = new List<IdentityStatusChange>();
        core.Index.Changed += (_, e) => changes.AddRange(e.StatusChanges);

        var reread = await core.Sync.RefreshPendingAsync(Region, None);

        Assert.Equal(150, reread);
        Assert.Equal(2, _ses.Count("GetIdentityVerificationAttributes"));
        Assert.Equal(0, _ses.Count("ListEmailIdentities"));
        var change = Assert.Single(changes);
        Assert.Equal((emails[7], VerificationStatus.Pending, VerificationStatus.Success), (change.Name, change.Before!.Value, change.After));
        Assert.Equal(VerificationStatus.Success, Assert.Single(await core.Index.GetAsync(Region, [emails[7]], None)).Status);
    }

    [Fact]
    public async Task TheRunningSyncReReadsPendingOftenAndListsOnlyAtItsInterval()
    {
        await using var core = CoreServices.For(_ses, extraSettings: new Dictionary<string, string?>
        {
            ["Index:FullSyncInterval"] = "01:00:00",
            ["Index:PendingSyncInterval"] = "00:00:01",
        });
        var emails = Seeding.Emails(3);
        await Seeding.VerifyAsync(core.Client, emails);
        using var stop = new CancellationTokenSource();
        var running = core.Sync.RunAsync(Region, stop.Token);
        await WaitForAsync(async () => (await core.NewSession().Reads.SyncStateAsync(Region, None)).EverSynced);

        await Outbox.ConfirmAsync(_ses.Server, emails[1]);
        await WaitForAsync(async () => (await core.Index.GetAsync(Region, [emails[1]], None)).Single().Status == VerificationStatus.Success);

        Assert.Equal(1, _ses.Count("ListEmailIdentities"));
        await stop.CancelAsync();
        await running.WaitAsync(Patience);
    }

    [Fact]
    public async Task IdentitiesThatDisappearedFromSesAreRemovedByTheNextFullPass()
    {
        await using var core = CoreServices.For(_ses);
        var domains = Seeding.Domains(4);
        await Seeding.VerifyAsync(core.Client, domains);
        await core.SyncAsync();

        // Deleted behind the console's back (another tool, the AWS console).
        await core.Client.DeleteIdentityAsync(domains[2], None);
        await core.SyncAsync();

        var page = (await core.NewSession().Reads.ListAsync(Region, new IdentityQuery(), None)).Value!;
        Assert.Equal([domains[0], domains[1], domains[3]], page.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OfTwoInstancesOnOneDatabaseOnlyOneHoldsTheLeaseAndSyncs()
    {
        await using var instances = TwoInstances.On(_ses);
        var (first, second) = (instances.First, instances.Second);
        await Seeding.VerifyAsync(first.Client, Seeding.Domains(5));
        _ses.Server.ResetRequestCounts();

        using var stop = new CancellationTokenSource();
        var runs = new[] { first.Sync.RunAsync(Region, stop.Token), second.Sync.RunAsync(Region, stop.Token) };
        await WaitForAsync(async () => (await first.NewSession().Reads.SyncStateAsync(Region, None)).EverSynced);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(1, _ses.Count("ListEmailIdentities"));
        Assert.NotEqual(
            await first.Sync.TakeLeaseAsync(Region, None),
            await second.Sync.TakeLeaseAsync(Region, None));
        await stop.CancelAsync();
        await Task.WhenAll(runs).WaitAsync(Patience);
    }

    [Fact]
    public async Task AKilledHoldersLeaseIsTakenOverAfterItExpires()
    {
        await using var instances = TwoInstances.On(_ses, "00:00:02");
        var (killed, survivor) = (instances.First, instances.Second);

        Assert.True(await killed.Sync.TakeLeaseAsync(Region, None));
        // The holder stops renewing (killed: it never releases the lease).
        Assert.False(await survivor.Sync.TakeLeaseAsync(Region, None));
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.True(await survivor.Sync.TakeLeaseAsync(Region, None));
        Assert.False(await killed.Sync.TakeLeaseAsync(Region, None));
    }

    [Fact]
    public async Task APassCalledDirectlyKeepsItsLeaseOnTheHeartbeatWhileOneSesCallOutlastsTheLease()
    {
        await using var instances = TwoInstances.On(_ses, "00:00:01");
        var (holder, other) = (instances.First, instances.Second);
        await Seeding.VerifyAsync(holder.Client, Seeding.Domains(3));
        // The pass's one listing call takes two and a half leases.
        _ses.Server.Knobs.AddedLatency = TimeSpan.FromSeconds(2.5);

        var pass = holder.Sync.ListingPassAsync(Region, pending: null, None);
        var tries = 0;
        while (!pass.IsCompleted)
        {
            Assert.False(await other.Sync.TakeLeaseAsync(Region, None), "the other instance took the lease during the pass");
            tries++;
            await Task.Delay(100);
        }

        Assert.Equal(3, (await pass).Count);
        Assert.True(tries > 20, $"only {tries} tries during the pass");
    }

    [Fact]
    public async Task APassCalledDirectlyWhileAnotherInstanceHoldsTheLeaseIsRefusedWithoutCallingSes()
    {
        await using var instances = TwoInstances.On(_ses);
        var (holder, other) = (instances.First, instances.Second);
        Assert.True(await holder.Sync.TakeLeaseAsync(Region, None));
        _ses.Server.ResetRequestCounts();

        await Assert.ThrowsAsync<LeaseLostException>(() => other.Sync.FullPassAsync(Region, pending: null, None));

        Assert.Equal(0, _ses.TotalCount);
    }

    [Fact]
    public async Task AStoppedSyncGivesItsLeaseUpForTheOtherInstanceAtOnce()
    {
        await using var instances = TwoInstances.On(_ses);
        var (first, second) = (instances.First, instances.Second);
        using var stop = new CancellationTokenSource();
        var running = first.Sync.RunAsync(Region, stop.Token);
        await WaitForAsync(async () => (await first.NewSession().Reads.SyncStateAsync(Region, None)).EverSynced);

        await stop.CancelAsync();
        await running.WaitAsync(Patience);

        Assert.True(await second.Sync.TakeLeaseAsync(Region, None));
    }

    [Fact]
    public async Task TheRunningSyncOutlivesADatabaseOutageEvenWhenItCannotRecordTheFailure()
    {
        using var database = new IndexDatabase();
        var (index, gone) = GoneDatabaseIndex.Around(database.Index);
        await using var core = CoreServices.For(_ses, index: database,
            extraSettings: new Dictionary<string, string?> { ["Index:RetryAfterFailure"] = "00:00:01" },
            addServices: services => services.AddSingleton(index));
        await Seeding.VerifyAsync(core.Client, Seeding.Emails(2));
        gone.Gone = true;
        using var stop = new CancellationTokenSource();

        var running = core.Sync.RunAsync(Region, stop.Token);
        // Each round: the lease refused, then recording the failure refused too; the loop must go on regardless.
        await WaitForAsync(() => Task.FromResult(gone.RefusedCalls >= 4 || running.IsCompleted));
        Assert.False(running.IsCompleted, "the sync loop ended while the database was gone");
        gone.Gone = false;

        await WaitForAsync(async () => (await core.NewSession().Reads.SyncStateAsync(Region, None)).EverSynced);
        await stop.CancelAsync();
        await running.WaitAsync(Patience);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true in time");
            await Task.Delay(50);
        }
    }

    /// <summary>Two instances of Core on one SQLite index file, each with its own connection, as two app instances on
    /// one database; a short lease when asked.</summary>
    private sealed class TwoInstances : IAsyncDisposable
    {
        private readonly IndexDatabase _database = new();
        private readonly IndexDatabase _secondConnection;

        private TwoInstances(LocalSesEndpoint ses, string? leaseDuration)
        {
            _secondConnection = new IndexDatabase(_database.FilePath);
            var lease = leaseDuration is null ? null : new Dictionary<string, string?> { ["Index:LeaseDuration"] = leaseDuration };
            First = CoreServices.For(ses, index: _database, extraSettings: lease);
            Second = CoreServices.For(ses, index: _secondConnection, extraSettings: lease);
        }

        public CoreServices First { get; }

        public CoreServices Second { get; }

        public static TwoInstances On(LocalSesEndpoint ses, string? leaseDuration = null) => new(ses, leaseDuration);

        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
            _secondConnection.Dispose();
            _database.Dispose();
        }
    }
}
