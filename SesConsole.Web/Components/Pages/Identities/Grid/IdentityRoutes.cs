namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// The console's identity URLs: <c>/regions/{region}/identities</c> (or <see cref="AllRegions"/>) with the grid's
/// query, and <c>/regions/{region}/identities/{identity}</c>. The identity is one escaped path segment, so any name
/// SES holds (mixed case, <c>+</c>, <c>/</c>, IDN) comes back byte for byte.
/// </summary>
public static class IdentityRoutes
{
    /// <summary>The path segment of the All regions view (no SES region is called "all").</summary>
    public const string AllRegions = "all";

    public static string Grid(string region, IdentityGridUrl? view = null) =>
        $"/regions/{Uri.EscapeDataString(region)}/identities{view?.ToQueryString()}";

    public static string Details(string region, string identity) =>
        $"/regions/{Uri.EscapeDataString(region)}/identities/{Uri.EscapeDataString(identity)}";

    public static bool IsAllRegions(string? region) => string.Equals(region, AllRegions, StringComparison.Ordinal);
}
