namespace SesConsole.Web.Components.Pages.Jobs;

/// <summary>The URLs of bulk work that start from a region.</summary>
public static class BulkRoutes
{
    public static string VerifyMany(string region) => $"/regions/{Uri.EscapeDataString(region)}/verify-many";
}
