using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

/// <summary>
/// The sending-authorization policies of an identity: reading them, and the changes (create, replace, delete), which
/// go through the <see cref="ChangeGate"/> like every other change and are checked against SES's policy rules first.
/// </summary>
public interface IIdentityPolicies
{
    Task<Outcome<IReadOnlyList<IdentityPolicy>>> GetPoliciesAsync(
        string region, string identity, CancellationToken cancellationToken);

    /// <summary>Creates the policy or replaces the one of that name.</summary>
    Task<Outcome<Done>> PutPolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken);

    /// <summary>Like <see cref="PutPolicyAsync"/> for a new policy: refused (and audited) when the identity already
    /// has a policy of that name, checked against SES at save time, so creating never replaces another operator's.</summary>
    Task<Outcome<Done>> CreatePolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken);

    Task<Outcome<Done>> DeletePolicyAsync(
        string region, string identity, string policyName, CancellationToken cancellationToken);
}
