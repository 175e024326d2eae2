using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Tests.Unit.Web.Grid;

[Trait("Category", "Unit")]
public sealed class IdentityCsvExportTests
{
    [Fact]
    public async Task TheExportHoldsEveryPageOfTheFilteredViewWithNamesExactlyAsListed()
    {
        var reads = new FakeIdentityService("us-east-1");
        reads.Identities["us-east-1"] = Enumerable.Range(0, 2500)
            .Select(i => new IdentitySummary($"Pending{i:D4}@Example.com", IdentityKind.EmailAddress, VerificationStatus.Pending))
            .Append(new IdentitySummary("verified.example", IdentityKind.Domain, VerificationStatus.Success))
            .Append(new IdentitySummary("quo\"te,comma.example", IdentityKind.Domain, VerificationStatus.Pending))
            .ToList();

        var csv = await IdentityCsvExport.ToCsvAsync(
            reads, "us-east-1", new IdentityQuery(PageIndex: 3, PageSize: 25, Status: VerificationStatus.Pending), CancellationToken.None);

        var rows = csv.Value!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Identity,Type,Status,Region", rows[0]);
        Assert.Equal(2501, rows.Length - 1);
        Assert.Contains("Pending0000@Example.com,Email address,Pending,us-east-1", rows);
        Assert.Contains("\"quo\"\"te,comma.example\",Domain,Pending,us-east-1", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("verified.example", StringComparison.Ordinal));
    }
}
