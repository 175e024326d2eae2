namespace SesConsole.Core.Operators;

/// <param name="ObjectId">The person's directory object id (Entra <c>oid</c>).</param>
/// <param name="Name">What to show and record (Entra <c>preferred_username</c>).</param>
/// <param name="CanMutate">True only for operators holding the Admin app role.</param>
public sealed record OperatorInfo(string ObjectId, string Name, bool CanMutate);

/// <summary>Who is calling the identity service right now; the host decides from its sign-in.</summary>
public interface ICurrentOperator
{
    ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken);
}
