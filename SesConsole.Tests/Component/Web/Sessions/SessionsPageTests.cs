using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SesConsole.Core.Operators;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Sessions;
using SesConsole.Web.Security.Sessions;

namespace SesConsole.Tests.Component.Web.Sessions;

/// <summary>
/// The Admins' Sessions page: who is signed in, and a "Sign out everywhere" button per person that calls the audited
/// service (the real <see cref="SessionAdministration"/> over a registry that records what it ended). That ending a
/// person's sessions bounces their other browsers is tested over HTTP in <c>Integration/SignIn/ServerSideSessionTests</c>.
/// </summary>
[Trait("Category", "Component")]
public sealed class SessionsPageTests : WebTestContext
{
    private readonly FakeSessions _sessions = new();
    private readonly RecordingAuditTrail _audit = new();
    private readonly SettableCurrentOperator _operator = new();

    public SessionsPageTests()
    {
        Services.AddSingleton<ISessionRegistry>(_sessions);
        Services.AddSingleton<IAuditTrail>(_audit);
        Services.AddSingleton<ICurrentOperator>(_operator);
        Services.AddSingleton(sp => new SessionAdministration(_operator, _sessions, _audit, Time, NullLogger<SessionAdministration>.Instance));
        _sessions.People.Add(new SignedInPersonSessions(SettableCurrentOperator.Admin.ObjectId, SettableCurrentOperator.Admin.Name, 1, Time.GetUtcNow(), Time.GetUtcNow().AddHours(8)));
        _sessions.People.Add(new SignedInPersonSessions("oid-viewer", "viewer@contoso.example", 2, Time.GetUtcNow(), Time.GetUtcNow().AddHours(8)));
    }

    [Fact]
    public void EveryoneSignedInIsListedWithTheirSessionCount()
    {
        RenderProviders();
        var cut = Render<SessionsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=session-person]").Count), Patience);
        var viewer = cut.Find("[data-person=oid-viewer]");
        Assert.Contains("viewer@contoso.example", viewer.TextContent, StringComparison.Ordinal);
        Assert.Contains("you", cut.Find($"[data-person={SettableCurrentOperator.Admin.ObjectId}]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SignOutEverywhereEndsThatPersonsSessionsWritesTheAuditRowAndSaysSo()
    {
        RenderProviders();
        var cut = Render<SessionsPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-person=oid-viewer] button[data-testid=sign-out-everywhere]")), Patience);

        cut.Find("[data-person=oid-viewer] button[data-testid=sign-out-everywhere]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-person=oid-viewer]")), Patience);
        Assert.Equal(["oid-viewer"], _sessions.Ended);
        var row = Assert.Single(_audit.Entries);
        Assert.Equal(SessionAdministration.AuditAction, row.Action);
        Assert.Equal(AuditOutcome.Succeeded, row.Outcome);
        Assert.Contains("oid-viewer", row.Identity, StringComparison.Ordinal);
        Assert.Contains("viewer@contoso.example was signed out everywhere: 2 session(s) ended.", SnackbarMessages);
    }

    [Fact]
    public void AnOperatorWhoMayNotChangeAnythingIsRefusedAndNobodyIsSignedOut()
    {
        _operator.Current = SettableCurrentOperator.Viewer;
        RenderProviders();
        var cut = Render<SessionsPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-person=oid-viewer] button[data-testid=sign-out-everywhere]")), Patience);

        cut.Find("[data-person=oid-viewer] button[data-testid=sign-out-everywhere]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Only an Admin can sign a person out everywhere.", cut.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(_sessions.Ended);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(_audit.Entries).Outcome);
    }

    private sealed class FakeSessions : ISessionRegistry
    {
        public List<SignedInPersonSessions> People { get; } = [];

        public List<string> Ended { get; } = [];

        public Task<bool> IsLiveAsync(string key, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<IReadOnlyList<SignedInPersonSessions>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SignedInPersonSessions>>([.. People]);

        public Task<int> EndAllAsync(string personObjectId, CancellationToken cancellationToken)
        {
            Ended.Add(personObjectId);
            var ended = People.Where(p => p.ObjectId == personObjectId).Sum(p => p.Sessions);
            People.RemoveAll(p => p.ObjectId == personObjectId);
            return Task.FromResult(ended);
        }
    }
}
