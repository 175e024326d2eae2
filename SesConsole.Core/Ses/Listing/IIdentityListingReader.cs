namespace SesConsole.Core.Ses.Listing;

/// <summary>
/// Reads every identity of a region with its verification status at the lowest cost SES allows: v2
/// ListEmailIdentities (ceil(N/1000) calls), or, once IAM has refused the v2 action in that region, the v1 calls
/// (ceil(N/1000) ListIdentities + ceil(N/100) GetIdentityVerificationAttributes). The switch is logged once per region
/// and shown by <see cref="ApiFor"/> so a page can say so.
/// </summary>
public interface IIdentityListingReader
{
    /// <summary>Every identity of <paramref name="region"/>, page by page as SES answers (so a caller can show progress).</summary>
    IAsyncEnumerable<ListedIdentityPage> ReadAllAsync(string region, CancellationToken cancellationToken);

    /// <summary>The API the next listing of <paramref name="region"/> will use.</summary>
    ListingApi ApiFor(string region);
}
