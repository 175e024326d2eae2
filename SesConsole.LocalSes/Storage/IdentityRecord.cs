using SesConsole.LocalSes.Identities;

namespace SesConsole.LocalSes.Storage;

/// <summary>One stored identity of one region, with its DKIM and custom MAIL FROM state (times in Unix ms).</summary>
internal sealed record IdentityRecord(
    string Region,
    string Name,
    string Type,
    string Status,
    string Token,
    long CreatedAt,
    long StartedAt,
    bool DkimEnabled,
    string DkimStatus,
    IReadOnlyList<string> DkimTokens,
    long? DkimStartedAt,
    string? MailFromDomain,
    string MailFromBehavior,
    string? MailFromStatus,
    long? MailFromStartedAt)
{
    public bool IsDomain => Type == VerificationStatus.Domain;

    public string EffectiveStatus(DateTimeOffset now) =>
        VerificationStatus.Effective(Status, StartedAt, IsDomain ? VerificationStatus.DnsVerificationWindow : VerificationStatus.EmailLinkLifetime, now);

    public string EffectiveDkimStatus(DateTimeOffset now) =>
        VerificationStatus.Effective(DkimStatus, DkimStartedAt, VerificationStatus.DnsVerificationWindow, now);

    public string? EffectiveMailFromStatus(DateTimeOffset now) =>
        MailFromStatus is null ? null : VerificationStatus.Effective(MailFromStatus, MailFromStartedAt, VerificationStatus.DnsVerificationWindow, now);

    /// <summary>The domain whose DNS a MAIL FROM domain must sit under: the identity itself or the email's domain.</summary>
    public string OwningDomain => IsDomain ? Name : Name[(Name.LastIndexOf('@') + 1)..].ToLowerInvariant();
}
