namespace SesConsole.Core.Ses;

/// <summary>
/// Every number SES imposes on the identity API, stated once. Code that needs one of these names it; a literal
/// elsewhere is a copy that will drift.
/// </summary>
public static class SesLimits
{
    /// <summary>Names per <c>ListIdentities</c> page (<c>MaxItems</c> 1..1000).</summary>
    public const int ListPageSize = 1000;

    /// <summary>Identities per SES API v2 <c>ListEmailIdentities</c> page (<c>PageSize</c> 1..1000).</summary>
    public const int V2ListPageSize = 1000;

    /// <summary>Identities per <c>GetIdentity*Attributes</c> call.</summary>
    public const int AttributeBatchSize = 100;

    /// <summary>Sending-authorization policies attached to one identity.</summary>
    public const int MaxPoliciesPerIdentity = 20;

    /// <summary>Bytes of a policy document (UTF-8 JSON).</summary>
    public const int MaxPolicyDocumentBytes = 4096;

    /// <summary>Characters of a policy name (<c>[A-Za-z0-9_-]</c>).</summary>
    public const int MaxPolicyNameLength = 64;

    /// <summary>Characters of an email address identity.</summary>
    public const int MaxEmailAddressLength = 320;

    /// <summary>Characters of an email address's local part.</summary>
    public const int MaxLocalPartLength = 64;

    /// <summary>Characters of a domain name (punycode, no trailing dot).</summary>
    public const int MaxDomainLength = 253;

    /// <summary>Octets of one DNS label.</summary>
    public const int MaxLabelLength = 63;

    /// <summary>The policy language version SES accepts.</summary>
    public const string PolicyVersion = "2012-10-17";
}
