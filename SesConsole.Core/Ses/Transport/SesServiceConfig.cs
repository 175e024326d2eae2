using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// The SDK client configuration for SES (endpoint prefix <c>email</c>, signing name <c>ses</c>) or, with
/// <see cref="AwsQueryService.Sns"/>, for SNS. Region and endpoint are set by <see cref="SesServiceClientBuilder"/>;
/// see its note on the ServiceURL trap.
/// </summary>
internal sealed class SesServiceConfig : ClientConfig
{
    private static readonly SesEndpointResolver EndpointResolver = new();
    private readonly string _userAgent;

    public SesServiceConfig()
        : this(AwsQueryService.Ses)
    {
    }

    public SesServiceConfig(AwsQueryService service)
        : base(new DefaultConfigurationProvider(SesDefaultConfigurations.All))
    {
        Service = service;
        _userAgent = InternalSDKUtils.BuildUserAgentString(service.ServiceId, service.UserAgentVersion);
        AuthenticationServiceName = service.SigningName;
        EndpointProvider = new SesEndpointProvider(service);
        // Requests may wait in the pacer; a fresh signature per attempt keeps queued retries from expiring.
        ResignRetries = true;
    }

    public AwsQueryService Service { get; }

    /// <summary>Paces every attempt of this client's requests; set before the client is built. Null: not paced (SNS).</summary>
    public SesRequestPacer? Pacer { get; init; }

    /// <summary>The region this client serves, part of the pacing key (RegionEndpoint is null for a ServiceURL).</summary>
    public string PacingRegion { get; init; } = string.Empty;

    public override string RegionEndpointServiceName => Service.EndpointPrefix;

    public override string ServiceVersion => Service.ApiVersion;

    public override string UserAgent => _userAgent;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, Service.ServiceId)
            {
                AlternateEndpoint = parameters.AlternateEndpoint,
            },
        };
        return EndpointResolver.GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }
}
