namespace SesConsole.Core.Identities;

/// <summary>
/// The changes the pages may make to SES identities. Every call goes through the <see cref="ChangeGate"/>: the
/// current operator's permission, the region and the name are checked (a refusal changes nothing) and the attempt is
/// recorded in the audit trail whatever its end.
/// </summary>
public interface IIdentityChanges
{
    Task<Outcome<EmailVerificationStarted>> VerifyEmailAsync(
        string region, string emailAddress, CancellationToken cancellationToken);

    Task<Outcome<DomainVerificationStarted>> VerifyDomainAsync(
        string region, string domain, bool includeDkim, CancellationToken cancellationToken);

    Task<Outcome<DkimSetup>> SetUpDkimAsync(string region, string domain, CancellationToken cancellationToken);

    Task<Outcome<Done>> DeleteAsync(string region, string identity, CancellationToken cancellationToken);

    /// <param name="mailFromDomain">A subdomain of the domain, or null/empty to remove it.</param>
    /// <param name="rejectOnMxFailure">True for <c>RejectMessage</c>, false for <c>UseDefaultValue</c>.</param>
    Task<Outcome<Done>> SetMailFromDomainAsync(
        string region, string identity, string? mailFromDomain, bool rejectOnMxFailure, CancellationToken cancellationToken);
}
