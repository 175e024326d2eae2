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

    /// <summary>Timeout of one HTTP attempt; null keeps the SDK's.</summary>
    public TimeSpan? RequestTimeout { get; set; }
}
