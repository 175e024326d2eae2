using System.Globalization;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Sns.Transport;

/// <summary>SNS's endpoint rules, as small as SES's: a custom endpoint wins; otherwise <c>https://sns[-fips].{region}.{dnsSuffix}</c>.</summary>
internal sealed class SnsEndpointProvider : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters[SesEndpointProvider.EndpointParameter] is string custom && custom.Length > 0)
        {
            return new Endpoint(custom);
        }

        if (parameters[SesEndpointProvider.RegionParameter] is not string region || region.Length == 0)
        {
            throw new AmazonClientException("Invalid configuration: no region is set for the SNS client.");
        }

        var host = parameters[SesEndpointProvider.UseFipsParameter] is true ? "sns-fips" : "sns";
        var dnsSuffix = RegionEndpoint.GetBySystemName(region).PartitionDnsSuffix ?? "amazonaws.com";
        return new Endpoint(string.Create(CultureInfo.InvariantCulture, $"https://{host}.{region}.{dnsSuffix}"));
    }
}
