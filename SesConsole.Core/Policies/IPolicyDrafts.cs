using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

/// <summary>
/// What the policy dialogs need beyond <see cref="IIdentityService"/>: the identity ARN to generate for, the
/// service's document rules for a live check of the JSON tab, and a create that never replaces an existing policy.
/// The pure parts (<see cref="SendingPolicyGenerator"/>, <see cref="SendingPolicyValidator"/>,
/// <see cref="SendingPolicyParser"/>, <see cref="PolicyPrincipals"/>, <see cref="PolicyNames"/>) are static.
/// </summary>
public interface IPolicyDrafts
{
    /// <summary>The identity's ARN, the Resource every statement must name: built from the configured
    /// <c>Ses:AccountId</c>, or when none is configured from <paramref name="accountId"/> (for example asked of the
    /// operator). Null when neither is a 12-digit account id.</summary>
    string? IdentityArn(string region, string identity, string? accountId = null);

    /// <summary>Checks a new policy's name against SES's rules and the names the identity already has.</summary>
    PolicyNameCheck CheckNewPolicyName(IEnumerable<string> existingNames, string? policyName);

    /// <summary>The same document rules <see cref="IIdentityService.PutPolicyAsync"/> applies before calling SES,
    /// without calling it: null when the document would be sent, else the failure it would get.</summary>
    Failure? CheckDocument(string region, string identity, string? policyDocument);

    /// <summary><see cref="IIdentityService.PutPolicyAsync"/> for a new policy: refused (and audited) when the
    /// identity already has a policy of that name, checked against SES at save time.</summary>
    Task<Outcome<Done>> CreatePolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken);
}
