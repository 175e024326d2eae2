namespace SesConsole.Core.Identities;

/// <summary>
/// Everything the pages may do with SES identities. Inputs are the raw strings an operator typed: the service
/// validates them (a refusal is an <see cref="FailureKind.InvalidInput"/> outcome and changes nothing), re-checks
/// the current operator's permission on every mutation, records mutations in the audit trail, and answers expected
/// failures as <see cref="Failure"/>s, never as exceptions.
/// </summary>
public interface IIdentityService
{
    /// <summary>The regions an operator may switch between, from configuration; the first is the default.</summary>
    IReadOnlyList<string> Regions { get; }

    IdentityNameCheck CheckEmailAddress(string? input);

    IdentityNameCheck CheckDomain(string? input);

    Task<Outcome<IdentityPage>> ListAsync(string region, IdentityQuery query, CancellationToken cancellationToken);

    /// <summary>Fetches fresh verification statuses (batches of 100) and updates the cache: for polling Pending rows.</summary>
    Task<Outcome<IReadOnlyDictionary<string, VerificationStatus>>> RefreshStatusesAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken);

    /// <summary>DKIM status of domains (batches of 100); email addresses are ignored.</summary>
    Task<Outcome<IReadOnlyDictionary<string, DkimInfo>>> GetDkimStatusesAsync(
        string region, IReadOnlyCollection<string> domains, CancellationToken cancellationToken);

    /// <summary>Forgets what is cached for a region, so the next call lists SES again (the manual refresh).</summary>
    void InvalidateCache(string region);

    Task<Outcome<EmailVerificationStarted>> VerifyEmailAsync(
        string region, string emailAddress, CancellationToken cancellationToken);

    Task<Outcome<DomainVerificationStarted>> VerifyDomainAsync(
        string region, string domain, bool includeDkim, CancellationToken cancellationToken);

    Task<Outcome<DkimSetup>> SetUpDkimAsync(string region, string domain, CancellationToken cancellationToken);

    Task<Outcome<IdentityDetails>> GetDetailsAsync(string region, string identity, CancellationToken cancellationToken);

    Task<Outcome<Done>> DeleteAsync(string region, string identity, CancellationToken cancellationToken);

    Task<Outcome<IReadOnlyList<IdentityPolicy>>> GetPoliciesAsync(
        string region, string identity, CancellationToken cancellationToken);

    Task<Outcome<Done>> PutPolicyAsync(
        string region, string identity, string policyName, string policyDocument, CancellationToken cancellationToken);

    Task<Outcome<Done>> DeletePolicyAsync(
        string region, string identity, string policyName, CancellationToken cancellationToken);

    /// <param name="mailFromDomain">A subdomain of the domain, or null/empty to remove it.</param>
    /// <param name="rejectOnMxFailure">True for <c>RejectMessage</c>, false for <c>UseDefaultValue</c>.</param>
    Task<Outcome<Done>> SetMailFromDomainAsync(
        string region, string identity, string? mailFromDomain, bool rejectOnMxFailure, CancellationToken cancellationToken);
}
