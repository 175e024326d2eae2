namespace SesConsole.Core.Jobs;

/// <summary>Our own limits on bulk work (SES's limits are in <see cref="Ses.SesLimits"/>).</summary>
public static class BulkLimits
{
    /// <summary>The most lines one job may have: about 80 minutes of SES calls at one per second.</summary>
    public const int MaxLines = 5000;

    /// <summary>The most characters of pasted or uploaded text read for one list.</summary>
    public const int MaxInputCharacters = 1_000_000;

    /// <summary>How many jobs the jobs panel lists.</summary>
    public const int ListedJobs = 50;

    /// <summary>Whether <paramref name="typed"/> is the count of identities to delete, as an operator must type it.</summary>
    public static bool ConfirmsDeleteCount(string? typed, int count) =>
        typed?.Trim() == count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
