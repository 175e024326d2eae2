namespace SesConsole.Core.Identities;

/// <summary>
/// What the pages may read about SES identities. Inputs are the raw strings an operator typed or SES listed: the
/// service validates them (a refusal is an <see cref="FailureKind.InvalidInput"/> outcome) and answers expected
/// failures as <see cref="Failure"/>s, never as exceptions.
/// </summary>
public interface IIdentityReads
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

    Task<Outcome<IdentityDetails>> GetDetailsAsync(string region, string identity, CancellationToken cancellationToken);
}
