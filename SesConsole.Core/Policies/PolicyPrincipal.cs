namespace SesConsole.Core.Policies;

public enum PolicyPrincipalKind
{
    /// <summary>A whole AWS account: a 12-digit id or its <c>:root</c> ARN.</summary>
    Account,
    IamUser,
    IamRole,
    /// <summary>An AWS service principal such as <c>cognito-idp.amazonaws.com</c>.</summary>
    Service,
    /// <summary><c>"*"</c>: any AWS principal.</summary>
    Everyone,
    /// <summary>Any other principal the policy names (federated, canonical user, an unrecognised ARN).</summary>
    Other,
}

/// <param name="Value">As written in the policy.</param>
/// <param name="Description">For people: "AWS account 123456789012", "IAM user John in account 111122223333".</param>
public sealed record PolicyPrincipal(PolicyPrincipalKind Kind, string Value, string Description);

/// <summary>Who a policy grants sending to.</summary>
/// <param name="Principals">From the policy's Allow statements, each once, in the order they first appear.</param>
/// <param name="IsReadable">False when the document is not a policy this console can read; then
/// <paramref name="Principals"/> is empty and says nothing about who has access.</param>
public sealed record PolicyGrantees(IReadOnlyList<PolicyPrincipal> Principals, bool IsReadable);
