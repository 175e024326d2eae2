using System.Text;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>The grid's current view (its filters and sort, every page) as CSV, read from the identity index through
/// <see cref="IIdentityReads"/> a thousand rows at a time; names exactly as SES lists them.</summary>
public static class IdentityCsvExport
{
    private const int PageSize = 1000;

    /// <param name="region">A region, or null for every region (the All regions view without a Region filter).</param>
    public static async Task<Outcome<string>> ToCsvAsync(
        IIdentityReads reads, string? region, IdentityQuery view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(view);
        var csv = new StringBuilder("Identity,Type,Status,Region\r\n");
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

            foreach (var row in read.Value.Items)
            {
                csv.Append(DnsRecordExport.CsvField(row.Name)).Append(',')
                    .Append(row.Kind == IdentityKind.Domain ? "Domain" : "Email address").Append(',')
                    .Append(StatusPresentation.Label(row.Status)).Append(',')
                    .Append(DnsRecordExport.CsvField(row.Region ?? region ?? string.Empty)).Append("\r\n");
            }

            if (read.Value.Items.Count < PageSize || (page + 1) * PageSize >= read.Value.TotalCount)
            {
                return csv.ToString();
            }
        }
    }

    public static string FileName(string region) => $"identities-{region}.csv";
}
