using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses;

namespace SesConsole.Tests.Integration.Core.Ses.Support;

/// <summary>Builds the real client factory against a loopback endpoint with the fake test keys.</summary>
internal static class SesClientHarness
{
    public const string Region = "eu-west-1";

    public static SesClientFactory CreateFactory(
        string serviceUrl,
        double requestsPerSecond = 1000,
        int? maxErrorRetry = null,
        TimeProvider? timeProvider = null,
        TimeSpan? requestTimeout = null,
        TimeSpan? totalTimeout = null)
    {
        var options = new SesOptions
        {
            Mode = SesMode.Local,
            Regions = [Region],
            ServiceUrl = serviceUrl,
            AccessKeyId = SigV4Check.AccessKeyId,
            SecretAccessKey = SigV4Check.SecretAccessKey,
            RequestsPerSecondPerOperation = requestsPerSecond,
        };
        var clientOptions = new SesClientOptions
        {
            MaxErrorRetry = maxErrorRetry,
            RequestTimeout = requestTimeout ?? SesClientOptions.DefaultRequestTimeout,
            TotalTimeout = totalTimeout ?? SesClientOptions.DefaultTotalTimeout,
        };
        return new SesClientFactory(
            Options.Create(options), Options.Create(clientOptions), NullLoggerFactory.Instance, timeProvider ?? TimeProvider.System);
    }
}
