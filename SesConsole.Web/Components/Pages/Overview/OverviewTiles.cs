using System.Globalization;
using SesConsole.Core.Identities;
using SesConsole.Core.Overview;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Web.Components.Pages.Overview;

/// <summary>What the overview's tiles show and where each links: the grid's URL with the filter of exactly those rows.</summary>
public static class OverviewTiles
{
    /// <summary>The region's statuses that have identities, in the grid's status order.</summary>
    public static IReadOnlyList<(VerificationStatus Status, int Count)> Statuses(RegionOverview region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Enum.GetValues<VerificationStatus>()
            .Where(s => region.ByStatus.GetValueOrDefault(s) > 0)
            .Select(s => (s, region.ByStatus[s]))
            .ToArray();
    }

    public static string StatusLink(string region, VerificationStatus status) =>
        IdentityRoutes.Grid(region, new IdentityGridUrl(Status: status));

    public static string DomainsLink(string region) =>
        IdentityRoutes.Grid(region, new IdentityGridUrl(Kind: IdentityKind.Domain));

    /// <summary>The domains Pending for longer than <paramref name="age"/>: exactly the rows the tile counts.</summary>
    public static string PendingOverLink(string region, TimeSpan age) =>
        IdentityRoutes.Grid(region, new IdentityGridUrl(Kind: IdentityKind.Domain, PendingOver: age));

    public static string MissingFeedbackLink(string region) =>
        IdentityRoutes.Grid(region, new IdentityGridUrl(MissingFeedbackTopics: true));

    public static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    /// <summary>"3 days", "26 hours".</summary>
    public static string Age(TimeSpan age) => age.TotalHours >= 48
        ? $"{((int)age.TotalDays).ToString(CultureInfo.InvariantCulture)} days"
        : $"{((int)age.TotalHours).ToString(CultureInfo.InvariantCulture)} hours";
}
