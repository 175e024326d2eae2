using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>Every row of a grid view (its filters and sort, all pages), read from the identity index through
/// <see cref="IIdentityReads"/> a thousand rows at a time; names exactly as SES lists them.</summary>
public static class IdentityViewRows
{
    private const int PageSize = 1000;

    /// <param name="region">A region, or null for every region (the All regions view without a Region filter).</param>
    public static async Task<Outcome<IReadOnlyList<IdentitySummary>>> ReadAllAsync(
        IIdentityReads reads, string? region, IdentityQuery view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(view);
        var rows = new List<IdentitySummary>();
        for (var page = 0; ; page++)
        {
            var query = view with { PageIndex = page, PageSize = PageSize };
            var read = region is null
                ? await reads.ListAllRegionsAsync(query, cancellationToken)
                : await reads.ListAsync(region, query, cancellationToken);
            if (!read.Succeeded)
            {
                return read.Failure;
            }

            rows.AddRange(read.Value.Items);
            if (read.Value.Items.Count < PageSize || (page + 1) * PageSize >= read.Value.TotalCount)
            {
                return rows;
            }
        }
    }
}
