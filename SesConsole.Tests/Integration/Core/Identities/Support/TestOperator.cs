using SesConsole.Core.Operators;

namespace SesConsole.Tests.Integration.Core.Identities.Support;

/// <summary>The signed-in operator of the integration tests: an admin unless a test says otherwise.</summary>
internal sealed class TestOperator : ICurrentOperator
{
    public OperatorInfo? Current { get; set; } = new("00000000-0000-0000-0000-0000000000a1", "admin@integration.test", CanMutate: true);

    public ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);
}
