using SesConsole.Core.Identities;

namespace SesConsole.Core.Overview;

/// <summary>
/// The landing page's numbers, from the identity index alone (a port; Web counts in the console's database): no SES
/// call, so any number of operators may open it.
/// </summary>
public interface IIdentityOverview
{
    /// <param name="now">The moment "Pending for more than 24 h" is measured from.</param>
    Task<IReadOnlyList<RegionOverview>> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>One region's identities at a glance.</summary>
/// <param name="ByStatus">Identities per verification status (statuses with none left out).</param>
/// <param name="Domains">Domain identities.</param>
/// <param name="DkimVerified">Domains whose DKIM SES reports verified.</param>
/// <param name="DkimUnread">Domains whose DKIM the index has not read yet.</param>
/// <param name="PendingDomains">Domains Pending for more than <see cref="OverviewAges.Day"/>, the longest waiting first
/// (at most <see cref="OverviewAges.ListedPending"/>).</param>
/// <param name="PendingOverDay">How many domains are Pending for more than a day.</param>
/// <param name="PendingOverThreeDays">How many domains are Pending for more than three days.</param>
/// <param name="MissingFeedbackTopics">Identities SES sends bounces or complaints to no SNS topic for (the usual cause
/// of a paused account).</param>
public sealed record RegionOverview(
    string Region,
    IReadOnlyDictionary<VerificationStatus, int> ByStatus,
    int Domains,
    int DkimVerified,
    int DkimUnread,
    IReadOnlyList<PendingDomain> PendingDomains,
    int PendingOverDay,
    int PendingOverThreeDays,
    int MissingFeedbackTopics)
{
    public int Total => ByStatus.Values.Sum();

    /// <summary>Domains whose DKIM is read and not verified (pending, failed, not started).</summary>
    public int DkimNotVerified => Domains - DkimVerified - DkimUnread;
}

/// <param name="PendingSince">When the index saw it become Pending.</param>
public sealed record PendingDomain(string Name, DateTimeOffset PendingSince);

/// <summary>The ages the overview's Pending tiles use.</summary>
public static class OverviewAges
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);

    public static readonly TimeSpan ThreeDays = TimeSpan.FromHours(72);

    public const int ListedPending = 10;
}
