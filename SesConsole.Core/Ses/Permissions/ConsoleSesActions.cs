namespace SesConsole.Core.Ses.Permissions;

/// <summary>The SES actions this console calls (v1 and the v2 reads), as IAM names them without the <c>ses:</c> prefix; reads first.</summary>
public static class ConsoleSesActions
{
    public const string IamPrefix = "ses:";

    public static IReadOnlyList<string> Reads { get; } =
    [
        "ListIdentities",
        "GetIdentityVerificationAttributes",
        "GetIdentityDkimAttributes",
        "GetIdentityMailFromDomainAttributes",
        "ListIdentityPolicies",
        "GetIdentityPolicies",
        "ListEmailIdentities",
        "GetEmailIdentity",
        "GetAccount",
    ];

    public static IReadOnlyList<string> Changes { get; } =
    [
        "VerifyEmailIdentity",
        "VerifyDomainIdentity",
        "VerifyDomainDkim",
        "DeleteIdentity",
        "PutIdentityPolicy",
        "DeleteIdentityPolicy",
        "SetIdentityMailFromDomain",
    ];

    public static IReadOnlyList<string> All { get; } = [.. Reads, .. Changes];

    /// <summary>The IAM action name, <c>ses:DeleteIdentity</c>.</summary>
    public static string Iam(string action) => IamPrefix + action;
}
