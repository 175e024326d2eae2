using System.Collections.ObjectModel;
using Amazon.Runtime;

namespace SesConsole.Core.Ses.Transport;

/// <summary>The SDK's "defaults modes" as every generated client declares them: standard retries in all of them.</summary>
internal static class SesDefaultConfigurations
{
    public static ReadOnlyCollection<IDefaultConfiguration> All { get; } = new(
    [
        Create(DefaultConfigurationMode.Standard, TimeSpan.FromMilliseconds(3100)),
        Create(DefaultConfigurationMode.InRegion, TimeSpan.FromMilliseconds(1100)),
        Create(DefaultConfigurationMode.CrossRegion, TimeSpan.FromMilliseconds(3100)),
        Create(DefaultConfigurationMode.Mobile, TimeSpan.FromSeconds(30)),
        Create(DefaultConfigurationMode.Auto, TimeSpan.FromMilliseconds(1100)),
    ]);

    private static DefaultConfiguration Create(DefaultConfigurationMode mode, TimeSpan connectTimeout) => new()
    {
        Name = mode,
        RetryMode = RequestRetryMode.Standard,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = connectTimeout,
        TlsNegotiationTimeout = connectTimeout,
    };
}
