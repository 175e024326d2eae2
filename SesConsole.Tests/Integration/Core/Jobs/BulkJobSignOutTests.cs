using SesConsole.Core.Jobs;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Jobs;

/// <summary>
/// A job acts for its starter only while they are signed in: the runner asks the web app's server-side sessions (in
/// the real console database) before each line, and a job whose starter has signed out stops, its waiting lines
/// marked as not run.
/// </summary>
[Trait("Category", "Integration")]
[Collection(TimingSensitiveCollection.Name)]
public sealed class BulkJobSignOutTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AJobStopsWhenItsStarterSignsOutAndItsWaitingLinesSaySo()
    {
        // One call per second per operation: ten addresses take ten seconds, time enough to sign out mid-way.
        await using var bulk = await BulkJobHarness.StartAsync(rate: 1);
        var session = await bulk.SignInAsync(bulk.Core.Operator.Current!);
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, string.Join('\n', Seeding.Emails(10)), None);
        bulk.StartRunner(checksSignIn: true);
        var id = (await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: false, None)).Value;
        await bulk.WhenAsync(id, job => job.Summary.Succeeded >= 1);

        await bulk.Sessions.RemoveAsync(session);
        var job = await bulk.EndedAsync(id);

        Assert.Equal(BulkJobState.Cancelled, job.Summary.State);
        var notRun = job.Lines.Where(l => l.State == BulkLineState.Cancelled).ToList();
        Assert.NotEmpty(notRun);
        Assert.All(notRun, l => Assert.Equal("Not run: the operator who started the job signed out.", l.Message));
        Assert.Equal((10, job.Summary.Succeeded), (job.Summary.Succeeded + notRun.Count, (int)bulk.Ses.Count("VerifyEmailIdentity")));
        Assert.True(job.Summary.Succeeded < 10, "the job ran every line although its starter signed out");
    }

    [Fact]
    public async Task AJobWhoseStarterHasNoLiveSessionRunsNoLineAtAll()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, "one@example.com\ntwo.example", None);
        bulk.StartRunner(checksSignIn: true);

        var job = await bulk.EndedAsync((await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: false, None)).Value);

        Assert.Equal((BulkJobState.Cancelled, 2), (job.Summary.State, job.Summary.Cancelled));
        Assert.Equal(0, bulk.Ses.Count("VerifyEmailIdentity") + bulk.Ses.Count("VerifyDomainIdentity"));
    }

    [Fact]
    public async Task AJobOfASignedInStarterRunsToTheEndAndAnotherPersonSigningOutDoesNotStopIt()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        await bulk.SignInAsync(bulk.Core.Operator.Current!);
        var someoneElse = await bulk.SignInAsync(new SesConsole.Core.Operators.OperatorInfo("00000000-0000-0000-0000-0000000000b2", "viewer@integration.test", false));
        await bulk.Sessions.RemoveAsync(someoneElse);
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, "one@example.com\ntwo.example", None);
        bulk.StartRunner(checksSignIn: true);

        var job = await bulk.EndedAsync((await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: false, None)).Value);

        Assert.Equal((BulkJobState.Finished, 2), (job.Summary.State, job.Summary.Succeeded));
    }
}
