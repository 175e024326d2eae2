using Amazon.Runtime;
using Amazon.Runtime.Internal;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Sns.Transport;

/// <summary>
/// The AWSSDK.Core service client for SNS: the same pipeline pieces as <see cref="SesServiceClient"/> (SigV4 step,
/// endpoint step, SES's XML unmarshaller, which reads any AWS Query answer) without the SES pacer: SNS allows far
/// more than SES's 1 request/s, and the console caches the topic list.
/// </summary>
internal sealed class SnsServiceClient : AmazonServiceClient
{
    private static readonly InvokeOptions Options = new()
    {
        RequestMarshaller = SnsQueryMarshaller.Instance,
        ResponseUnmarshaller = SesQueryUnmarshaller.Instance,
    };

    public SnsServiceClient(SnsServiceConfig config)
        : base(config)
    {
    }

    public SnsServiceClient(AWSCredentials credentials, SnsServiceConfig config)
        : base(credentials, config)
    {
    }

    public string Region => ((SnsServiceConfig)Config).ClientRegion;

    private string EndpointDescription => Config.ServiceURL ?? $"SNS in {Region}";

    protected override IServiceMetadata ServiceMetadata => SnsServiceMetadata.Instance;

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

        return SesResponseEnvelope.Open(query.Action, response, Operations.SnsXml.Namespace, "SNS");
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new SesEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SesAuthSchemeHandler());
    }
}
