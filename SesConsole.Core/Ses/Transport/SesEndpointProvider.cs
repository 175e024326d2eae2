using System.Globalization;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// SES's endpoint rules (and SNS's, which are the same with its own prefix), which are small: a custom endpoint wins;
/// otherwise <c>https://email[-fips].{region}.{dnsSuffix}</c> (<c>sns[-fips]</c> for SNS).
/// </summary>
internal sealed class SesEndpointProvider(AwsQueryService service) : IEndpointProvider
{
    public const string RegionParameter = "Region";
    public const string UseFipsParameter = "UseFIPS";
    public const string EndpointParameter = "Endpoint";

    public Endpoint ResolveEndpoint(EndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters[EndpointParameter] is string custom && custom.Length > 0)
        {
            return new Endpoint(custom);
        }

        if (parameters[RegionParameter] is not string region || region.Length == 0)
        {
            throw new AmazonClientException($"Invalid configuration: no region is set for the {service.ServiceId} client.");
        }

        var dnsSuffix = RegionEndpoint.GetBySystemName(region).PartitionDnsSuffix ?? "amazonaws.com";
        var host = service.Host(parameters[UseFipsParameter] is true);
        return new Endpoint(string.Create(CultureInfo.InvariantCulture, $"https://{host}.{region}.{dnsSuffix}"));
    }
}
