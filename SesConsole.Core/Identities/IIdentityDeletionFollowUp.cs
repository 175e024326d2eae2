using SesConsole.Core.Operators;

namespace SesConsole.Core.Identities;

/// <summary>
/// Something outside SES that must end with an identity (a share link to its DNS instructions): told once SES has
/// deleted it. It records its own audit rows, and must not throw: the deletion at SES has already happened.
/// </summary>
public interface IIdentityDeletionFollowUp
{
    Task IdentityDeletedAsync(string region, string identity, OperatorInfo? actor, CancellationToken cancellationToken);
}
