using System.ComponentModel.DataAnnotations;

namespace SesConsole.Core.Ses;

/// <summary>
/// Transport settings of the SES client, bound from the <c>Ses</c> section next to
/// <see cref="Configuration.SesOptions"/>. Unset values keep the AWS SDK's defaults.
/// </summary>
public sealed class SesClientOptions
{
    /// <summary>Retries after the first attempt (Throttling, 5xx, network errors); null keeps the SDK's (2 in standard mode).</summary>
    [Range(0, 10)]
    public int? MaxErrorRetry { get; set; }

    /// <summary>Timeout of one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan? RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>Timeout of one call, all attempts and the waits for the pacer's turn included: nobody waits longer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = DefaultTotalTimeout;

    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(30);
}
