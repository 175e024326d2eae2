namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>How the grid says its total: "1,234", or "1,000+" while the count is a lower bound; and with its noun.</summary>
public static class IdentityGridQuery
{
    public static string FormatTotal(int totalCount, bool totalIsExact) =>
        totalIsExact
            ? totalCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : totalCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "+";

    public static string CountLabel(string total) => total == "1" ? "1 identity" : total + " identities";
}
