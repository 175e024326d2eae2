using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Jobs;

/// <summary>
/// The identity changes a job makes on behalf of the operator who started it (no circuit is left to ask): the same
/// <see cref="ChangeGate"/> and <see cref="IdentityChanges"/> as an operator's own, over that recorded operator, so
/// every line is permission-checked, name-checked and audited exactly as a single change is.
/// </summary>
internal static class JobOperatorChanges
{
    public static IIdentityChanges For(IServiceProvider scope, OperatorInfo actor)
    {
        var gate = new ChangeGate(
            new RecordedOperator(actor),
            scope.GetRequiredService<IAuditTrail>(),
            scope.GetRequiredService<TimeProvider>(),
            scope.GetRequiredService<RegionDirectory>(),
            scope.GetRequiredService<ILogger<ChangeGate>>());
        return new IdentityChanges(
            gate,
            scope.GetRequiredService<IndexWriteThrough>(),
            scope.GetRequiredService<ISesClientFactory>(),
            scope.GetServices<IIdentityDeletionFollowUp>());
    }

    private sealed class RecordedOperator(OperatorInfo actor) : ICurrentOperator
    {
        public ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult<OperatorInfo?>(actor);
    }
}
