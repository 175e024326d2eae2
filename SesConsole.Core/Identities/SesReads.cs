using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Identities;

/// <summary>Runs reads against SES, explaining their failure instead of throwing.</summary>
internal static class SesReads
{
    public static async Task<Outcome<T>> RunAsync<T>(ILogger logger, string operation, string region, Func<Task<Outcome<T>>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            logger.LogWarning(
                "{Operation} in {Region} failed at SES: {ErrorCode} (request {RequestId})",
                operation, region, ex.ErrorCode, ex.RequestId);
            return SesFailures.From(ex);
        }
    }

    /// <summary>The region and the identity a read of one identity is about (a name SES holds, used byte for byte),
    /// or why the read is refused.</summary>
    public static bool TryTarget(
        RegionDirectory regions,
        string? region,
        string? identity,
        [NotNullWhen(true)] out string? resolved,
        [NotNullWhen(true)] out IdentityName? name,
        [NotNullWhen(false)] out Failure? failure)
    {
        name = null;
        return regions.TryResolve(region, out resolved, out failure)
            && IdentityNames.TryExisting(identity, out name, out failure);
    }
}
