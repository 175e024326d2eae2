using System.Text;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>The grid's current view (its filters and sort, every page) as CSV, read from the identity index by
/// <see cref="IdentityViewRows"/>; names exactly as SES lists them.</summary>
public static class IdentityCsvExport
{
    /// <param name="region">A region, or null for every region (the All regions view without a Region filter).</param>
    public static async Task<Outcome<string>> ToCsvAsync(
        IIdentityReads reads, string? region, IdentityQuery view, CancellationToken cancellationToken)
    {
        var rows = await IdentityViewRows.ReadAllAsync(reads, region, view, cancellationToken);
        if (!rows.Succeeded)
        {
            return rows.Failure;
        }

        var csv = new StringBuilder("Identity,Type,Status,Region\r\n");
        foreach (var row in rows.Value)
        {
            csv.Append(DnsRecordExport.CsvField(row.Name)).Append(',')
                .Append(row.Kind == IdentityKind.Domain ? "Domain" : "Email address").Append(',')
                .Append(StatusPresentation.Label(row.Status)).Append(',')
                .Append(DnsRecordExport.CsvField(row.Region ?? region ?? string.Empty)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string FileName(string region) => $"identities-{region}.csv";
}
