using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;
using SesConsole.Core.Ses.Pacing;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// The SDK client configuration for SES v1 (endpoint prefix <c>email</c>, signing name <c>ses</c>).
/// Region and endpoint are set by <see cref="SesServiceClientBuilder"/>; see its note on the ServiceURL trap.
/// </summary>
internal sealed class SesServiceConfig : ClientConfig
{
    public const string EndpointPrefix = "email";
    public const string SigningName = "ses";
    public const string ApiVersion = "2010-12-01";

    private static readonly string UserAgentString = InternalSDKUtils.BuildUserAgentString("SES", "4.1.0-sesconsole");
    private static readonly SesEndpointResolver EndpointResolver = new();

    public SesServiceConfig()
        : base(new DefaultConfigurationProvider(SesDefaultConfigurations.All))
    {
        AuthenticationServiceName = SigningName;
        EndpointProvider = new SesEndpointProvider();
        // Requests may wait in the pacer; a fresh signature per attempt keeps queued retries from expiring.
        ResignRetries = true;
    }

    /// <summary>Paces every attempt of this client's requests; set before the client is built.</summary>
    public SesRequestPacer Pacer { get; init; } = null!;

    /// <summary>The region this client serves, part of the pacing key (RegionEndpoint is null for a ServiceURL).</summary>
    public string PacingRegion { get; init; } = string.Empty;

    public override string RegionEndpointServiceName => EndpointPrefix;

    public override string ServiceVersion => ApiVersion;

    public override string UserAgent => UserAgentString;

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var requestContext = new RequestContext(false)
        {
            ClientConfig = this,
            OriginalRequest = parameters.Request,
            Request = new DefaultRequest(parameters.Request, SesServiceMetadata.Id)
            {
                AlternateEndpoint = parameters.AlternateEndpoint,
            },
        };
        return EndpointResolver.GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }
}
