using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

[Trait("Category", "Unit")]
public class ChangeGateTests
{
    private const string Action = AuditActions.VerifyDomain;
    private const string BadRegion = "mars-north-1";
    private const string BadName = "not a domain";

    private readonly SettableCurrentOperator _operator = new();
    private readonly RecordingAuditTrail _audit = new();
    private readonly ChangeGate _gate;
    private int _changesMade;

    public ChangeGateTests()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new SesOptions { Regions = ["us-east-1", "eu-west-1"] });
        _gate = new ChangeGate(
            _operator, _audit, new FakeTimeProvider(), new RegionDirectory(options), NullLogger<ChangeGate>.Instance);
    }

    [Fact]
    public async Task SomeoneNotSignedInIsRefusedFirstEvenWithABadRegionAndName()
    {
        _operator.Current = null;

        var outcome = await ChangeAsync(BadRegion, BadName);

        Assert.Equal(FailureKind.AccessDenied, outcome.Failure?.Kind);
        Assert.Contains("not signed in", outcome.Failure!.Message, StringComparison.Ordinal);
        AssertRefusalRecordedOnce(outcome.Failure, "(not signed in)", BadRegion, BadName);
    }

    [Fact]
    public async Task AViewerIsRefusedBeforeTheRegionAndNameAreLookedAt()
    {
        _operator.Current = SettableCurrentOperator.Viewer;

        var outcome = await ChangeAsync(BadRegion, BadName);

        Assert.Equal(FailureKind.AccessDenied, outcome.Failure?.Kind);
        Assert.Contains("can view identities but not change them", outcome.Failure!.Message, StringComparison.Ordinal);
        AssertRefusalRecordedOnce(outcome.Failure, SettableCurrentOperator.Viewer.Name, BadRegion, BadName);
    }

    [Fact]
    public async Task AnUnknownRegionIsRefusedBeforeTheNameIsLookedAt()
    {
        var outcome = await ChangeAsync(BadRegion, BadName);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure?.Kind);
        Assert.Equal("region", outcome.Failure!.Field);
        AssertRefusalRecordedOnce(outcome.Failure, SettableCurrentOperator.Admin.Name, BadRegion, BadName);
    }

    [Fact]
    public async Task ABadNameIsRefusedAndRecordedWithTheRegionAsConfigured()
    {
        var outcome = await ChangeAsync(" EU-West-1 ", BadName);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure?.Kind);
        Assert.Equal("domain", outcome.Failure!.Field);
        AssertRefusalRecordedOnce(outcome.Failure, SettableCurrentOperator.Admin.Name, "eu-west-1", BadName);
    }

    [Fact]
    public async Task AnAdmittedChangeIsMadeOnceAndRecordedOnceWithTheNormalisedNameAndRegion()
    {
        var outcome = await ChangeAsync("US-EAST-1", "Example.COM");

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, _changesMade);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(Action, entry.Action);
        Assert.Equal("us-east-1", entry.Region);
        Assert.Equal("example.com", entry.Identity);
        Assert.Equal(SettableCurrentOperator.Admin.ObjectId, entry.OperatorObjectId);
        Assert.Equal("req-1", entry.SesRequestId);
    }

    [Fact]
    public async Task AdmittingAChangeOfTheConsolesOwnDataChecksOnlyThePermission()
    {
        var admitted = await _gate.AdmitAsync(Action, BadRegion, BadName, CancellationToken.None);

        Assert.True(admitted.Succeeded);
        Assert.Empty(_audit.Entries);

        _operator.Current = SettableCurrentOperator.Viewer;
        var refused = await _gate.AdmitAsync(Action, BadRegion, BadName, CancellationToken.None);

        Assert.Equal(FailureKind.AccessDenied, refused.Failure?.Kind);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(_audit.Entries).Outcome);
    }

    [Fact]
    public async Task OnlyAnOperatorWhoMayChangeThingsIsAllowed()
    {
        Assert.True(await _gate.AllowsCurrentOperatorAsync(CancellationToken.None));
        _operator.Current = SettableCurrentOperator.Viewer;
        Assert.False(await _gate.AllowsCurrentOperatorAsync(CancellationToken.None));
        _operator.Current = null;
        Assert.False(await _gate.AllowsCurrentOperatorAsync(CancellationToken.None));
        Assert.Empty(_audit.Entries);
    }

    private Task<Outcome<Done>> ChangeAsync(string region, string identity) =>
        _gate.ChangeAsync(
            Action,
            region,
            identity,
            IdentityKind.Domain,
            (attempt, _) => attempt.RunAsync(
                () =>
                {
                    _changesMade++;
                    return Task.FromResult<Outcome<Done>>(new Done("req-1"));
                },
                done => done.RequestId,
                (string?)null,
                CancellationToken.None),
            CancellationToken.None);

    private void AssertRefusalRecordedOnce(Failure failure, string operatorName, string region, string identity)
    {
        Assert.Equal(0, _changesMade);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);
        Assert.Equal(Action, entry.Action);
        Assert.Equal(failure.Message, entry.Detail);
        Assert.Equal(operatorName, entry.OperatorName);
        Assert.Equal(region, entry.Region);
        Assert.Equal(identity, entry.Identity);
    }
}
