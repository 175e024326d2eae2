using SesConsole.Core.Operators;

namespace SesConsole.Benchmarks;

/// <summary>The benchmark only reads; a mutation would be refused and recorded nowhere.</summary>
internal sealed class BenchmarkOperator : ICurrentOperator, IAuditTrail
{
    public ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<OperatorInfo?>(new OperatorInfo("benchmark", "benchmark", CanMutate: false));

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The benchmark does not change identities.");
}
