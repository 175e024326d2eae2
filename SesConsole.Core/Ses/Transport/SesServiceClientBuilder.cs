using Amazon;
using Amazon.Runtime;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Builds the SDK client for one region from the <c>Ses</c> options: SES's, or SNS's with the same credentials,
/// profile, retry and timeout settings. With <c>Ses:ServiceUrl</c> set (LocalSes), SNS calls go to that endpoint too;
/// LocalSes tells the two services apart by the signing name.
/// </summary>
internal static class SesServiceClientBuilder
{
    public static SesServiceClient Create(string region, SesOptions options, SesClientOptions clientOptions, SesRequestPacer pacer) =>
        Create(region, options, clientOptions, AwsQueryService.Ses, pacer);

    /// <param name="pacer">Null for a service SES's pace does not apply to (SNS).</param>
    public static SesServiceClient Create(
        string region, SesOptions options, SesClientOptions clientOptions, AwsQueryService service, SesRequestPacer? pacer)
    {
        var config = new SesServiceConfig(service) { Pacer = pacer, PacingRegion = region };

        // Trap: in SDK v4 ServiceURL and RegionEndpoint reset each other, and setting RegionEndpoint after a
        // ServiceURL silently sends traffic to real AWS. So exactly one of them is set, and a custom endpoint
        // is signed for the chosen region through AuthenticationRegion.
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        config.AuthenticationRegion = region;

        if (clientOptions.MaxErrorRetry is { } maxErrorRetry)
        {
            config.MaxErrorRetry = maxErrorRetry;
        }

        if (clientOptions.RequestTimeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        if (!string.IsNullOrWhiteSpace(options.Profile))
        {
            config.Profile = new Profile(options.Profile);
        }

        var hasKey = !string.IsNullOrEmpty(options.AccessKeyId);
        var hasSecret = !string.IsNullOrEmpty(options.SecretAccessKey);
        if (hasKey != hasSecret)
        {
            throw new InvalidOperationException("Ses:AccessKeyId and Ses:SecretAccessKey must be set together, or neither.");
        }

        return hasKey
            ? new SesServiceClient(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), config)
            : new SesServiceClient(config);
    }
}
