using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Jobs;

namespace SesConsole.Tests.Component.Web.Jobs;

[Trait("Category", "Component")]
public sealed class JobPageTests : WebTestContext
{
    private static readonly Guid Id = Guid.Parse("0b5e7a7e-0000-4000-8000-00000000000a");
    private readonly FakeBulkJobs _jobs = new();

    public JobPageTests()
    {
        Services.AddSingleton<IBulkJobs>(_jobs);
        Services.AddSingleton<IBulkJobStore>(_jobs);
    }

    private static BulkJobDetail Job(BulkJobState state, params BulkLineState[] lines)
    {
        var summary = new BulkJobSummary(
            Id, BulkJobKind.VerifyMany, "us-east-1", "dev.admin@sesconsole.local", new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero), null,
            state, CancelRequested: false, lines.Length,
            lines.Count(l => l == BulkLineState.Succeeded), lines.Count(l => l == BulkLineState.Failed), lines.Count(l => l == BulkLineState.Cancelled));
        return new BulkJobDetail(summary, IncludeDkim: true, lines.Select((l, i) => new BulkJobLine(
            i + 1, $"d{i}.example", IdentityKind.Domain, l, l == BulkLineState.Failed ? "SES refused it." : null,
            l == BulkLineState.Succeeded ? [new DnsRecord(DnsRecordType.TXT, $"_amazonses.d{i}.example", $"token{i}", DnsRecordRole.Verification)] : [])).ToArray());
    }

    private IRenderedComponent<JobPage> RenderPage()
    {
        RenderProviders();
        return Render<JobPage>(p => p.Add(x => x.Id, Id));
    }

    [Fact]
    public void ProgressMovesWithoutAReloadWhenTheJobProgresses()
    {
        _jobs.Jobs[Id] = Job(BulkJobState.Running, BulkLineState.Succeeded, BulkLineState.Waiting, BulkLineState.Waiting, BulkLineState.Waiting);
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.Equal("25%", cut.Find("[data-testid=job-percent]").TextContent), Patience);

        _jobs.Progress(Job(BulkJobState.Finished, BulkLineState.Succeeded, BulkLineState.Succeeded, BulkLineState.Failed, BulkLineState.Succeeded));

        cut.WaitForAssertion(() => Assert.Equal("100%", cut.Find("[data-testid=job-percent]").TextContent), Patience);
        Assert.Equal("3 done, 1 failed, 0 cancelled of 4", cut.Find("[data-testid=job-counts]").TextContent);
        Assert.Equal("Finished", cut.Find("[data-testid=job-state]").TextContent.Trim());
        Assert.Contains("SES refused it.", cut.Find("[data-testid=job-lines]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("button[data-testid=cancel-job]"));
    }

    [Fact]
    public void CancelAsksTheServiceToCancelThisJob()
    {
        _jobs.Jobs[Id] = Job(BulkJobState.Running, BulkLineState.Succeeded, BulkLineState.Waiting);
        var cut = RenderPage();

        cut.WaitForElement("button[data-testid=cancel-job]", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal([Id], _jobs.Cancels), Patience);
        Assert.Contains(SnackbarMessages, m => m.Contains("stops before its next line", StringComparison.Ordinal));
    }

    [Fact]
    public void ViewerSeesTheProgressButNoCancel()
    {
        SignInAsViewer();
        _jobs.Jobs[Id] = Job(BulkJobState.Running, BulkLineState.Succeeded, BulkLineState.Waiting);

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("50%", cut.Find("[data-testid=job-percent]").TextContent), Patience);
        Assert.Empty(cut.FindAll("button[data-testid=cancel-job]"));
    }

    [Fact]
    public void TheRecordsCsvHoldsTheRecordsOfEveryVerifiedDomain()
    {
        _jobs.Jobs[Id] = Job(BulkJobState.Finished, BulkLineState.Succeeded, BulkLineState.Failed, BulkLineState.Succeeded);
        var cut = RenderPage();

        cut.WaitForElement("button[data-testid=download-records]", Patience).Click();

        var download = Assert.Single(JSInterop.Invocations, i => i.Identifier == "downloadText");
        Assert.Equal("Type,Name,Value\r\nTXT,_amazonses.d0.example,token0\r\nTXT,_amazonses.d2.example,token2\r\n", download.Arguments[2]);
    }

    [Fact]
    public void AnUnknownJobSaysSo()
    {
        var cut = RenderPage();

        cut.WaitForElement("[data-testid=job-missing]", Patience);
    }
}
