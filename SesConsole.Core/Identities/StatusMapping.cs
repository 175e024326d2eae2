using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

internal static class StatusMapping
{
    public static VerificationStatus ToVerificationStatus(this SesVerificationStatus status) => status switch
    {
        SesVerificationStatus.Pending => VerificationStatus.Pending,
        SesVerificationStatus.Success => VerificationStatus.Success,
        SesVerificationStatus.Failed => VerificationStatus.Failed,
        SesVerificationStatus.TemporaryFailure => VerificationStatus.TemporaryFailure,
        _ => VerificationStatus.NotStarted,
    };

    /// <summary>The DKIM status the index and the grid hold: SES's status while Easy DKIM is on, NotStarted ("Not set
    /// up") while it is off.</summary>
    public static VerificationStatus IndexedStatus(this DkimInfo dkim) => dkim.Enabled ? dkim.Status : VerificationStatus.NotStarted;

    public static DkimInfo ToDkimInfo(this IdentityDkimAttributes attributes) =>
        new(attributes.DkimEnabled, attributes.DkimVerificationStatus.ToVerificationStatus(), attributes.DkimTokens);
}
