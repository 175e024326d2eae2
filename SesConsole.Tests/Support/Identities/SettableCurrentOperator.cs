using SesConsole.Core.Operators;

namespace SesConsole.Tests.Support.Identities;

internal sealed class SettableCurrentOperator : ICurrentOperator
{
    public static readonly OperatorInfo Admin = new("oid-admin", "admin@contoso.example", CanMutate: true);
    public static readonly OperatorInfo Viewer = new("oid-viewer", "viewer@contoso.example", CanMutate: false);

    public OperatorInfo? Current { get; set; } = Admin;

    public ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);
}
