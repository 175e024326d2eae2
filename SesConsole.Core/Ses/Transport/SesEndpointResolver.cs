using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace SesConsole.Core.Ses.Transport;

/// <summary>Pipeline step that feeds the client's region, FIPS flag and ServiceURL to <see cref="SesEndpointProvider"/>.</summary>
internal sealed class SesEndpointResolver : BaseEndpointResolver
{
    protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
    {
        ArgumentNullException.ThrowIfNull(requestContext);
        var config = requestContext.ClientConfig;
        var region = requestContext.Request.AlternateEndpoint?.SystemName
            ?? config.RegionEndpoint?.SystemName
            ?? config.AuthenticationRegion;

        var parameters = new EndpointParameters();
        parameters[SesEndpointProvider.RegionParameter] = region;
        parameters[SesEndpointProvider.UseFipsParameter] = config.UseFIPSEndpoint;
        parameters[SesEndpointProvider.EndpointParameter] = config.ServiceURL;
        return parameters;
    }
}
