using System.Diagnostics;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Identities.Support;

namespace SesConsole.Tests.Integration.Core.Jobs;

/// <summary>Bulk jobs end to end at the service level: checked lists, jobs kept in the console database, runners
/// that send each line through the change gate to a real LocalSes.</summary>
[Trait("Category", "Integration")]
[Collection(TimingSensitiveCollection.Name)]
public sealed class BulkJobRunnerTests
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task VerifyManyJobSendsEachReadyLineOnceAndAuditsEachLine()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, "Ann@Mail.Example\nbob@mail.example\nShop.Example.\nnews.example\nbob@MAIL.example\nnot an address\n", None);
        Assert.True(plan.Succeeded, plan.Failure?.Message);
        bulk.StartRunner();

        var started = await bulk.Jobs.StartVerifyAsync(plan.Value, includeDkim: true, None);
        Assert.True(started.Succeeded, started.Failure?.Message);
        var job = await bulk.EndedAsync(started.Value);

        Assert.Equal(BulkJobState.Finished, job.Summary.State);
        Assert.Equal(["Ann@mail.example", "bob@mail.example", "shop.example", "news.example"], job.Lines.Select(l => l.Identity));
        Assert.All(job.Lines, l => Assert.Equal(BulkLineState.Succeeded, l.State));
        Assert.Equal((4, 4), (job.Summary.Succeeded, job.Summary.Done));
        Assert.Equal(2, bulk.Ses.Count("VerifyEmailIdentity"));
        Assert.Equal(2, bulk.Ses.Count("VerifyDomainIdentity"));
        Assert.Equal(2, bulk.Ses.Count("VerifyDomainDkim"));
        var audited = bulk.Core.Audit.Entries.Where(e => e.Outcome == AuditOutcome.Succeeded).Select(e => (e.Action, e.Identity, e.OperatorName)).ToArray();
        Assert.Contains(("VerifyEmail", "Ann@mail.example", "admin@integration.test"), audited);
        Assert.Contains(("VerifyEmail", "bob@mail.example", "admin@integration.test"), audited);
        Assert.Contains(("VerifyDomain", "shop.example", "admin@integration.test"), audited);
        Assert.Contains(("SetUpDkim", "news.example", "admin@integration.test"), audited);
    }

    [Fact]
    public async Task AJobsNewDomainsShowTheirDkimInTheIndexAtOnceAsSesHoldsIt()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        var signed = await bulk.Jobs.CheckVerifyListAsync(Region, "signed.example", None);
        var plain = await bulk.Jobs.CheckVerifyListAsync(Region, "plain.example", None);
        bulk.StartRunner();

        await bulk.EndedAsync((await bulk.Jobs.StartVerifyAsync(signed.Value!, includeDkim: true, None)).Value);
        await bulk.EndedAsync((await bulk.Jobs.StartVerifyAsync(plain.Value!, includeDkim: false, None)).Value);

        var rows = (await bulk.Core.Index.GetAsync(Region, ["signed.example", "plain.example"], None)).ToDictionary(r => r.Name);
        var ses = (await bulk.Core.Client.GetIdentityDkimAttributesAsync(["signed.example", "plain.example"], None)).DkimAttributes;
        Assert.Equal(VerificationStatus.Pending, rows["signed.example"].DkimStatus);
        Assert.Equal(VerificationStatus.NotStarted, rows["plain.example"].DkimStatus);
        Assert.Equal(
            (SesVerificationStatus.Pending, SesVerificationStatus.NotStarted),
            (ses["signed.example"].DkimVerificationStatus, ses["plain.example"].DkimVerificationStatus));
        // The one DKIM read is the test's own, above: the job wrote its DKIM through without asking SES.
        Assert.Equal(1, bulk.Ses.Count("GetIdentityDkimAttributes"));
    }

    [Fact]
    public async Task RecordsOfTheJobAreTheTokensSesHoldsForEachNewDomain()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, "domain,notes\nalpha.example,first\nbeta.example,second\nperson@alpha.example,x", None);
        bulk.StartRunner();

        var job = await bulk.EndedAsync((await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: true, None)).Value);

        var csv = DnsRecordExport.ToCsv(job.Records).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Type,Name,Value", csv[0]);
        Assert.Equal(8, csv.Length - 1);
        foreach (var domain in new[] { "alpha.example", "beta.example" })
        {
            var held = await bulk.Core.Client.GetIdentityVerificationAttributesAsync([domain], None);
            Assert.Contains($"TXT,_amazonses.{domain},{held.VerificationAttributes[domain].VerificationToken}", csv);
            var dkim = await bulk.Core.Client.GetIdentityDkimAttributesAsync([domain], None);
            foreach (var token in dkim.DkimAttributes[domain].DkimTokens)
            {
                Assert.Contains($"CNAME,{token}._domainkey.{domain},{token}.dkim.amazonses.com", csv);
            }
        }
    }

    [Fact]
    public async Task CancelStopsTheJobBeforeItsNextLineAndMarksTheRestNotSent()
    {
        // One call per second per operation: ten addresses take ten seconds, plenty of time to cancel.
        await using var bulk = await BulkJobHarness.StartAsync(rate: 1);
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, string.Join('\n', Seeding.Emails(10)), None);
        bulk.StartRunner();
        var id = (await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: false, None)).Value;
        await bulk.WhenAsync(id, job => job.Summary.Succeeded >= 1);

        var cancelled = await bulk.Jobs.CancelAsync(id, None);
        var job = await bulk.EndedAsync(id);

        Assert.True(cancelled.Succeeded, cancelled.Failure?.Message);
        Assert.Equal(BulkJobState.Cancelled, job.Summary.State);
        Assert.InRange(job.Summary.Succeeded, 1, 3);
        Assert.Equal(10, job.Summary.Done);
        Assert.Contains(job.Lines, l => l.State == BulkLineState.Cancelled && l.Message == "Not sent: the job was cancelled first.");
        // None of the not-sent lines reached SES (a line cancelled in flight may or may not have).
        var inFlight = job.Lines.Count(l => l.State == BulkLineState.Cancelled && l.Message != "Not sent: the job was cancelled first.");
        Assert.InRange(bulk.Ses.Count("VerifyEmailIdentity"), job.Summary.Succeeded, job.Summary.Succeeded + inFlight);
        Assert.False((await bulk.Jobs.CancelAsync(id, None)).Succeeded);
    }

    [Fact]
    public async Task JobGoesOnFromItsFirstWaitingLineAfterTheRunnerRestarts()
    {
        await using var bulk = await BulkJobHarness.StartAsync(rate: 2);
        var emails = Seeding.Emails(8);
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, string.Join('\n', emails), None);
        var id = (await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: false, None)).Value;
        bulk.StartRunner();
        await bulk.WhenAsync(id, job => job.Summary.Done >= 2);

        await bulk.StopRunnerAsync();
        var between = await bulk.Store.GetAsync(id, None);
        bulk.StartRunner();
        var job = await bulk.EndedAsync(id);

        Assert.Equal(BulkJobState.Running, between!.Summary.State);
        Assert.InRange(between.Summary.Done, 2, 7);
        Assert.Equal(BulkJobState.Finished, job.Summary.State);
        Assert.All(job.Lines, l => Assert.Equal(BulkLineState.Succeeded, l.State));
        // Each address was sent exactly once across the two runners.
        Assert.Equal(8, bulk.Ses.Count("VerifyEmailIdentity"));
        Assert.Equal(emails.Order(StringComparer.Ordinal), bulk.Core.Audit.Entries
            .Where(e => e.Action == "VerifyEmail" && e.Outcome == AuditOutcome.Succeeded).Select(e => e.Identity).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task JobKeepsToSesRateOfOneCallPerSecondAndDrawsNoThrottling()
    {
        await using var bulk = await BulkJobHarness.StartAsync(rate: 1, enforceSesRate: true);
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, string.Join('\n', Seeding.Emails(4)), None);
        bulk.StartRunner();
        var watch = Stopwatch.StartNew();

        var job = await bulk.EndedAsync((await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: false, None)).Value);

        watch.Stop();
        Assert.Equal(4, job.Summary.Succeeded);
        // A throttled attempt would be retried and counted twice.
        Assert.Equal(4, bulk.Ses.Count("VerifyEmailIdentity"));
        Assert.Equal(4, bulk.Ses.TotalCount);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task DeleteManyDeletesWhatSesHoldsAndSaysWhatWasAlreadyGone()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        await Seeding.SeedAsync(bulk.Ses, ["Keep.Case@Mixed.Example", "gone-soon.example"]);
        await bulk.Core.SyncAsync();
        bulk.StartRunner();
        bulk.Ses.Server.ResetRequestCounts();

        var started = await bulk.Jobs.StartDeleteAsync(Region, ["Keep.Case@Mixed.Example", "gone-soon.example", "never-there.example"], "3", None);
        var job = await bulk.EndedAsync(started.Value);

        Assert.Equal([BulkLineState.Succeeded, BulkLineState.Succeeded, BulkLineState.Failed], job.Lines.Select(l => l.State));
        Assert.Contains("already gone", job.Lines[2].Message, StringComparison.Ordinal);
        Assert.Equal(2, bulk.Ses.Count("DeleteIdentity"));
        Assert.Empty(await Seeding.ListAllAsync(bulk.Core.Client));
        var deletes = bulk.Core.Audit.Entries.Where(e => e.Action == "Delete" && e.Outcome != AuditOutcome.Pending).ToArray();
        Assert.Equal(
            [("Keep.Case@Mixed.Example", AuditOutcome.Succeeded), ("gone-soon.example", AuditOutcome.Succeeded), ("never-there.example", AuditOutcome.Refused)],
            deletes.Select(e => (e.Identity, e.Outcome)).OrderBy(e => e.Identity, StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteManyIsRefusedUntilTheCountIsTyped()
    {
        await using var bulk = await BulkJobHarness.StartAsync();

        var refused = await bulk.Jobs.StartDeleteAsync(Region, ["a.example", "b.example"], "3", None);

        Assert.Equal(FailureKind.InvalidInput, refused.Failure?.Kind);
        Assert.Equal("count", refused.Failure?.Field);
        Assert.Empty(await bulk.Store.ListAsync(10, None));
    }

    [Fact]
    public async Task ViewerCannotStartAJobAndNothingIsStored()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        bulk.Core.Operator.Current = new OperatorInfo("viewer-oid", "viewer@integration.test", CanMutate: false);
        var plan = await bulk.Jobs.CheckVerifyListAsync(Region, "a@b.example", None);

        var refused = await bulk.Jobs.StartVerifyAsync(plan.Value!, includeDkim: false, None);

        Assert.Equal(FailureKind.AccessDenied, refused.Failure?.Kind);
        Assert.Empty(await bulk.Store.ListAsync(10, None));
        Assert.Equal(0, bulk.Ses.TotalCount);
    }

    [Fact]
    public async Task CheckingMarksInvalidDuplicateAndExistingLinesWithoutCallingSes()
    {
        await using var bulk = await BulkJobHarness.StartAsync();
        await Seeding.SeedAsync(bulk.Ses, ["held.example"]);
        await bulk.Core.SyncAsync();
        bulk.Ses.Server.ResetRequestCounts();

        var plan = (await bulk.Jobs.CheckVerifyListAsync(Region, "Held.Example\nnew.example\nNEW.example.\nbad..name\n", None)).Value!;

        Assert.Equal(
            [BulkLineVerdict.AlreadyExists, BulkLineVerdict.Ready, BulkLineVerdict.Duplicate, BulkLineVerdict.Invalid],
            plan.Lines.Select(l => l.Verdict));
        Assert.Equal("new.example", plan.Ready.Single().Normalized);
        Assert.NotNull(plan.Lines[3].Reason);
        Assert.Equal(0, bulk.Ses.TotalCount);
    }
}
