using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// The AWSSDK.Core service client for SES: the SDK's own pipeline (credentials, SigV4, retries with backoff,
/// clock-skew correction, timeouts) with SES's endpoint rules, a SigV4 auth-scheme step and the pacer. It speaks
/// both of SES's protocols over the same host and signing name: v1's AWS Query and v2's REST-JSON. Built with
/// <see cref="AwsQueryService.Sns"/> facts and no pacer, it is the SNS client (Query only).
/// </summary>
internal sealed class SesServiceClient : AmazonServiceClient, ISesQueryTransport, ISesRestTransport
{
    private readonly InvokeOptions _options;
    private SesServiceMetadata? _metadata;

    private static readonly InvokeOptions RestOptions = new()
    {
        RequestMarshaller = SesRestMarshaller.Instance,
        ResponseUnmarshaller = SesRestUnmarshaller.Instance,
    };

    /// <summary>Credentials from the SDK's default chain (or the profile named in the config).</summary>
    public SesServiceClient(SesServiceConfig config)
        : base(config)
    {
        _options = QueryOptions(config.Service);
    }

    public SesServiceClient(AWSCredentials credentials, SesServiceConfig config)
        : base(credentials, config)
    {
        _options = QueryOptions(config.Service);
    }

    private AwsQueryService Service => ((SesServiceConfig)Config).Service;

    public string Region => ((SesServiceConfig)Config).PacingRegion;

    public string EndpointDescription => Config.ServiceURL ?? $"{Service.ServiceId} in {Region}";

    protected override IServiceMetadata ServiceMetadata => _metadata ??= new SesServiceMetadata(Service);

    public async Task<SesQueryResult> SendAsync(SesQuery query, CancellationToken cancellationToken)
    {
        SesQueryResponse response;
        try
        {
            response = await InvokeAsync<SesQueryResponse>(new SesQueryRequest(query), _options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (SesErrorTranslator.Translate(ex, query.Action, EndpointDescription, cancellationToken) is { } translated)
        {
            throw translated;
        }

        return SesResponseEnvelope.Open(query.Action, response, Service.ResponseNamespace, Service.ServiceId);
    }

    public async Task<SesRestResult> SendAsync(SesRestCall call, CancellationToken cancellationToken)
    {
        SesRestResponse response;
        try
        {
            response = await InvokeAsync<SesRestResponse>(new SesRestRequest(call), RestOptions, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (SesErrorTranslator.Translate(ex, call.Action, EndpointDescription, cancellationToken) is { } translated)
        {
            throw translated;
        }

        return SesRestEnvelope.Open(call.Action, response);
    }

    private static InvokeOptions QueryOptions(AwsQueryService service) => new()
    {
        RequestMarshaller = new SesQueryMarshaller(service),
        ResponseUnmarshaller = SesQueryUnmarshaller.Instance,
    };

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new SesEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SesAuthSchemeHandler());
        pipeline.AddHandlerBefore<Signer>(new SesPacingHandler());
    }
}
