using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// The AWSSDK.Core service client for SES v1: the SDK's own pipeline (credentials, SigV4, retries with backoff,
/// clock-skew correction, timeouts) with SES's endpoint rules, a SigV4 auth-scheme step and the pacer.
/// </summary>
internal sealed class SesServiceClient : AmazonServiceClient, ISesQueryTransport
{
    private static readonly InvokeOptions Options = new()
    {
        RequestMarshaller = SesQueryMarshaller.Instance,
        ResponseUnmarshaller = SesQueryUnmarshaller.Instance,
    };

    /// <summary>Credentials from the SDK's default chain (or the profile named in the config).</summary>
    public SesServiceClient(SesServiceConfig config)
        : base(config)
    {
    }

    public SesServiceClient(AWSCredentials credentials, SesServiceConfig config)
        : base(credentials, config)
    {
    }

    public string Region => ((SesServiceConfig)Config).PacingRegion;

    public string EndpointDescription => Config.ServiceURL ?? $"SES in {Region}";

    protected override IServiceMetadata ServiceMetadata => SesServiceMetadata.Instance;

    public async Task<SesQueryResult> SendAsync(SesQuery query, CancellationToken cancellationToken)
    {
        SesQueryResponse response;
        try
        {
            response = await InvokeAsync<SesQueryResponse>(new SesQueryRequest(query), Options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (SesErrorTranslator.Translate(ex, query.Action, EndpointDescription, cancellationToken) is { } translated)
        {
            throw translated;
        }

        return SesResponseEnvelope.Open(query.Action, response);
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new SesEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SesAuthSchemeHandler());
        pipeline.AddHandlerBefore<Signer>(new SesPacingHandler());
    }
}
