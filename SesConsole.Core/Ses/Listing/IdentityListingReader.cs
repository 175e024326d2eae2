using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace SesConsole.Core.Ses.Listing;

/// <summary>
/// <see cref="IIdentityListingReader"/> over our v2 and v1 clients. A region falls back to v1 when the v2 listing is
/// refused with AccessDenied before any page was read; the fallback lasts for the life of the process (IAM changes
/// are picked up at the next start).
/// </summary>
internal sealed partial class IdentityListingReader(
    ISesV2ClientFactory v2Clients, ISesClientFactory v1Clients, ILogger<IdentityListingReader> logger) : IIdentityListingReader
{
    private readonly ConcurrentDictionary<string, byte> _v1Regions = new(StringComparer.Ordinal);

    public ListingApi ApiFor(string region) => _v1Regions.ContainsKey(region) ? ListingApi.V1Fallback : ListingApi.V2;

    public async IAsyncEnumerable<ListedIdentityPage> ReadAllAsync(
        string region, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (ApiFor(region) == ListingApi.V2)
        {
            var v2 = v2Clients.ForRegion(region);
            string? token = null;
            var pagesRead = 0;
            do
            {
                ListEmailIdentitiesResponse page;
                try
                {
                    page = await v2.ListEmailIdentitiesAsync(
                        new ListEmailIdentitiesRequest(PageSize: SesLimits.V2ListPageSize, NextToken: token), cancellationToken).ConfigureAwait(false);
                }
                catch (SesCallException ex) when (pagesRead == 0 && ex.IsAccessDenied)
                {
                    if (_v1Regions.TryAdd(region, 0))
                    {
                        LogFallingBack(region, ex.ErrorCode, ex.RequestId);
                    }

                    break;
                }

                pagesRead++;
                token = page.NextToken;
                yield return new ListedIdentityPage(
                    page.EmailIdentities.Select(i => new ListedIdentity(i.IdentityName, i.IdentityType, i.VerificationStatus, i.SendingEnabled)).ToArray(),
                    ListingApi.V2);
            }
            while (token is not null);

            if (pagesRead > 0)
            {
                yield break;
            }
        }

        await foreach (var page in ReadWithV1Async(region, cancellationToken).ConfigureAwait(false))
        {
            yield return page;
        }
    }

    private async IAsyncEnumerable<ListedIdentityPage> ReadWithV1Async(string region, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var v1 = v1Clients.ForRegion(region);
        string? token = null;
        do
        {
            var page = await v1.ListIdentitiesAsync(new ListIdentitiesRequest(MaxItems: SesLimits.ListPageSize, NextToken: token), cancellationToken)
                .ConfigureAwait(false);
            token = page.NextToken;
            var identities = new List<ListedIdentity>(page.Identities.Count);
            foreach (var batch in page.Identities.Chunk(SesLimits.AttributeBatchSize))
            {
                var statuses = await v1.GetIdentityVerificationAttributesAsync(batch, cancellationToken).ConfigureAwait(false);
                // An identity deleted between the two calls is absent from the answer: it is no longer there to list.
                identities.AddRange(batch
                    .Where(statuses.VerificationAttributes.ContainsKey)
                    .Select(name => new ListedIdentity(
                        name, TypeOf(name), statuses.VerificationAttributes[name].VerificationStatus, SendingEnabled: null)));
            }

            yield return new ListedIdentityPage(identities, ListingApi.V1Fallback);
        }
        while (token is not null);
    }

    /// <summary>v1 lists names only; SES's names tell the type apart: an email address has an '@', a domain never does.</summary>
    private static SesEmailIdentityType TypeOf(string name) =>
        name.Contains('@', StringComparison.Ordinal) ? SesEmailIdentityType.EmailAddress : SesEmailIdentityType.Domain;

    [LoggerMessage(Level = LogLevel.Warning, Message = "SES refused ListEmailIdentities (API v2) in {Region} with {ErrorCode} (request {RequestId}); " +
        "identities in this region are listed with the v1 calls ListIdentities and GetIdentityVerificationAttributes from now on, " +
        "which costs one more call per 100 identities. Grant ses:ListEmailIdentities to list statuses in one call per 1,000.")]
    private partial void LogFallingBack(string region, string errorCode, string? requestId);
}
