using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Jobs;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Jobs;

namespace SesConsole.Tests.Component.Web.Jobs;

/// <summary>The Jobs panel (<c>/jobs</c>): running and finished jobs newest first, each a link to its page, with live progress.</summary>
[Trait("Category", "Component")]
public sealed class JobsPageTests : WebTestContext
{
    private static readonly Guid Running = Guid.Parse("0b5e7a7e-0000-4000-8000-0000000000a1");
    private static readonly Guid Finished = Guid.Parse("0b5e7a7e-0000-4000-8000-0000000000a2");
    private readonly FakeBulkJobs _jobs = new();

    public JobsPageTests()
    {
        Services.AddSingleton<IBulkJobs>(_jobs);
        Services.AddSingleton<IBulkJobStore>(_jobs);
    }

    private static BulkJobDetail Job(
        Guid id, BulkJobKind kind, BulkJobState state, int hour, int total, int succeeded, int failed = 0, int cancelled = 0, string by = "dev.admin@sesconsole.local") =>
        new(
            new BulkJobSummary(
                id, kind, "us-east-1", by, new DateTimeOffset(2026, 11, 29, hour, 0, 0, TimeSpan.Zero),
                state == BulkJobState.Running ? null : new DateTimeOffset(2026, 11, 29, hour, 5, 0, TimeSpan.Zero),
                state, CancelRequested: false, total, succeeded, failed, cancelled),
            IncludeDkim: false,
            []);

    private IRenderedComponent<JobsPage> RenderPage()
    {
        RenderProviders();
        return Render<JobsPage>();
    }

    [Fact]
    public void RunningAndFinishedJobsAreListedNewestFirstWithLinksProgressAndState()
    {
        _jobs.Jobs[Finished] = Job(Finished, BulkJobKind.DeleteMany, BulkJobState.Finished, 8, total: 4, succeeded: 3, failed: 1, by: "ops@example.com");
        _jobs.Jobs[Running] = Job(Running, BulkJobKind.VerifyMany, BulkJobState.Running, 9, total: 200, succeeded: 50);

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=job-link]").Count), Patience);
        var links = cut.FindAll("[data-testid=job-link]");
        Assert.Equal(["Verify many · 200", "Delete many · 4"], links.Select(l => l.TextContent.Trim()));
        Assert.Equal([$"/jobs/{Running}", $"/jobs/{Finished}"], links.Select(l => l.GetAttribute("href")));
        Assert.Equal(
            ["50 done, 0 failed, 0 cancelled of 200", "3 done, 1 failed, 0 cancelled of 4"],
            cut.FindAll("[data-testid=jobs-row-counts]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["25", "100"], cut.FindAll("[data-testid=jobs-row-progress]").Select(p => p.GetAttribute("aria-valuenow")));
        var rows = cut.FindAll("[data-testid=jobs-table] tbody tr");
        Assert.Contains("Running", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-29 09:00:00", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Finished", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("ops@example.com", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunningJobsProgressMovesWithoutAReload()
    {
        _jobs.Jobs[Running] = Job(Running, BulkJobKind.VerifyMany, BulkJobState.Running, 9, total: 4, succeeded: 1);
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.Equal("1 done, 0 failed, 0 cancelled of 4", cut.Find("[data-testid=jobs-row-counts]").TextContent.Trim()), Patience);

        _jobs.Progress(Job(Running, BulkJobKind.VerifyMany, BulkJobState.Finished, 9, total: 4, succeeded: 4));

        cut.WaitForAssertion(() => Assert.Equal("4 done, 0 failed, 0 cancelled of 4", cut.Find("[data-testid=jobs-row-counts]").TextContent.Trim()), Patience);
        Assert.Equal("100", cut.Find("[data-testid=jobs-row-progress]").GetAttribute("aria-valuenow"));
        Assert.Contains("Finished", cut.Find("[data-testid=jobs-table] tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoJobsSaysWhereToStartOne()
    {
        var cut = RenderPage();

        var empty = cut.WaitForElement("[data-testid=jobs-empty]", Patience);
        Assert.Contains("Verify many", empty.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=jobs-table]"));
    }
}
