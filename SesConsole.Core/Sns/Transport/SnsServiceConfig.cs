using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Sns.Transport;

/// <summary>
/// The SDK client configuration for SNS (endpoint prefix and signing name <c>sns</c>, version 2010-03-31).
/// AWSSDK.SimpleNotificationService is not available to us, so SNS is built like our SES client; region and endpoint
/// are set by <see cref="SnsServiceClientBuilder"/> with the same ServiceURL rule as SES's.
/// </summary>
internal sealed class SnsServiceConfig : ClientConfig
{
    public const string EndpointPrefix = "sns";
    public const string SigningName = "sns";
    public const string ApiVersion = "2010-03-31";

    private static readonly string UserAgentString = InternalSDKUtils.BuildUserAgentString("SNS", "4.1.0-sesconsole");
    private static readonly SesEndpointResolver EndpointResolver = new();

    public SnsServiceConfig()
        : base(new DefaultConfigurationProvider(SesDefaultConfigurations.All))
    {
        AuthenticationServiceName = SigningName;
        EndpointProvider = new SnsEndpointProvider();
    }

    public string ClientRegion { get; init; } = string.Empty;

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
            Request = new DefaultRequest(parameters.Request, SnsServiceMetadata.Id)
            {
                AlternateEndpoint = parameters.AlternateEndpoint,
            },
        };
        return EndpointResolver.GetEndpoint(new Amazon.Runtime.Internal.ExecutionContext(requestContext, null));
    }
}

internal sealed class SnsServiceMetadata : IServiceMetadata
{
    public const string Id = "SNS";

    public static SnsServiceMetadata Instance { get; } = new();

    public string ServiceId => Id;

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(0);
}
