namespace SesConsole.Core.Identities;

/// <summary>The <see cref="Operators.AuditEntry.Action"/> names the identity service records.</summary>
public static class AuditActions
{
    public const string VerifyEmail = nameof(VerifyEmail);
    public const string VerifyDomain = nameof(VerifyDomain);
    public const string SetUpDkim = nameof(SetUpDkim);
    public const string Delete = nameof(Delete);
    public const string PutPolicy = nameof(PutPolicy);
    public const string DeletePolicy = nameof(DeletePolicy);
    public const string SetMailFrom = nameof(SetMailFrom);
}
