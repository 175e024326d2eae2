using Microsoft.Extensions.Logging.Abstractions;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

[Trait("Category", "Unit")]
public sealed class DeletionFollowUpTests
{
    private sealed class RecordingFollowUp : IIdentityDeletionFollowUp
    {
        public List<(string Region, string Identity, string? Actor)> Calls { get; } = [];

        public Task IdentityDeletedAsync(string region, string identity, OperatorInfo? actor, CancellationToken cancellationToken)
        {
            Calls.Add((region, identity, actor?.Name));
            return Task.CompletedTask;
        }
    }

    private static (IdentityChanges Changes, RecordingFollowUp FollowUp) Create(IdentityServiceHarness harness)
    {
        var followUp = new RecordingFollowUp();
        var gate = new ChangeGate(harness.Operator, harness.Audit, harness.Clock, new RegionDirectory(harness.Options), NullLogger<ChangeGate>.Instance);
        return (new IdentityChanges(gate, harness.WriteThrough, harness.Ses, [followUp]), followUp);
    }

    [Fact]
    public async Task ADeletionSesAcceptedIsPassedOnWithTheNormalisedNameAndTheOperator()
    {
        var harness = new IdentityServiceHarness();
        harness.Sdk.Seed("acme-shop.com");
        var (changes, followUp) = Create(harness);

        var outcome = await changes.DeleteAsync(IdentityServiceHarness.Region, "ACME-Shop.com.", CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal([(IdentityServiceHarness.Region, "acme-shop.com", (string?)"admin@contoso.example")], followUp.Calls);
    }

    [Fact]
    public async Task ADeletionSesRefusedOrAViewersAttemptIsNotPassedOn()
    {
        var harness = new IdentityServiceHarness();
        harness.Sdk.Seed("acme-shop.com");
        var (changes, followUp) = Create(harness);
        harness.Sdk.FailNext("DeleteIdentity", new SesCallException("Throttling", "Rate exceeded", System.Net.HttpStatusCode.BadRequest, "req-1"));

        var failed = await changes.DeleteAsync(IdentityServiceHarness.Region, "acme-shop.com", CancellationToken.None);
        harness.Operator.Current = SettableCurrentOperator.Viewer;
        var refused = await changes.DeleteAsync(IdentityServiceHarness.Region, "acme-shop.com", CancellationToken.None);

        Assert.False(failed.Succeeded);
        Assert.False(refused.Succeeded);
        Assert.Empty(followUp.Calls);
    }
}
