using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Waits for the request's turn at the pacer before it is signed and sent. It sits inside the SDK's retry loop,
/// so every attempt (first try and retries alike) keeps to SES's per-operation rate.
/// </summary>
internal sealed class SesPacingHandler : PipelineHandler
{
    public override void InvokeSync(IExecutionContext executionContext)
    {
        WaitForTurnAsync(executionContext).GetAwaiter().GetResult();
        base.InvokeSync(executionContext);
    }

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        await WaitForTurnAsync(executionContext).ConfigureAwait(false);
        return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
    }

    private static Task WaitForTurnAsync(IExecutionContext executionContext)
    {
        var requestContext = executionContext.RequestContext;
        var config = (SesServiceConfig)requestContext.ClientConfig;
        var action = ((SesQueryRequest)requestContext.OriginalRequest).Query.Action;
        return config.Pacer.WaitForTurnAsync(SesPacingKey.For(config.PacingRegion, action), requestContext.CancellationToken);
    }
}
