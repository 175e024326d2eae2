using SesConsole.Core.Identities;

namespace SesConsole.Core.Account;

/// <summary>The account status per region for the header of every page: cached, shared by all operators.</summary>
public interface IAccountStatusService
{
    /// <summary>The cached status, or a fresh one from SES when the cache has expired (one check per region at a time).</summary>
    Task<Outcome<AccountStatus>> GetAsync(string region, CancellationToken cancellationToken);
}
