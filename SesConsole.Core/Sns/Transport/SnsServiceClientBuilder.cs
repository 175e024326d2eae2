using Amazon;
using Amazon.Runtime;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Sns.Transport;

/// <summary>
/// Builds the SNS client for one region from the <c>Ses</c> options: the same credentials, profile, retry and timeout
/// settings as SES. With <c>Ses:ServiceUrl</c> set (LocalSes), SNS calls go to that endpoint too; LocalSes tells
/// the two services apart by the signing name. The ServiceURL/RegionEndpoint trap of SesServiceClientBuilder applies.
/// </summary>
internal static class SnsServiceClientBuilder
{
    public static SnsServiceClient Create(string region, SesOptions options, SesClientOptions clientOptions)
    {
        var config = new SnsServiceConfig { ClientRegion = region };
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

        return !string.IsNullOrEmpty(options.AccessKeyId) && !string.IsNullOrEmpty(options.SecretAccessKey)
            ? new SnsServiceClient(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey), config)
            : new SnsServiceClient(config);
    }
}
