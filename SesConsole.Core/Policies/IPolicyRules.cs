using SesConsole.Core.Identities;

namespace SesConsole.Core.Policies;

/// <summary>
/// SES's policy rules as this console is configured (its <c>Ses:AccountId</c>), for the policy editor to check a
/// draft live with exactly the rules <see cref="IIdentityPolicies"/> applies before calling SES. The pure parts
/// (<see cref="SendingPolicyGenerator"/>, <see cref="SendingPolicyValidator"/>, <see cref="SendingPolicyParser"/>,
/// <see cref="PolicyPrincipals"/>, <see cref="PolicyNames"/>) are static.
/// </summary>
public interface IPolicyRules
{
    /// <summary>The identity's ARN, the Resource every statement must name: built from the configured
    /// <c>Ses:AccountId</c>, or when none is configured from <paramref name="accountId"/> (for example asked of the
    /// operator). Null when neither is a 12-digit account id.</summary>
    string? IdentityArn(string region, string identity, string? accountId = null);

    /// <summary>Checks a new policy's name against SES's rules and the names the identity already has.</summary>
    PolicyNameCheck CheckNewPolicyName(IEnumerable<string> existingNames, string? policyName);

    /// <summary>The same document rules <see cref="IIdentityPolicies.PutPolicyAsync"/> applies before calling SES,
    /// without calling it: null when the document would be sent, else the failure it would get.</summary>
    Failure? CheckDocument(string region, string identity, string? policyDocument);
}
