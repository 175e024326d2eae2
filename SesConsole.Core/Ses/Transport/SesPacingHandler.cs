using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// Holds the request's turn at the pacer from before it is signed until its answer (or failure) is back. It sits
/// inside the SDK's retry loop, so every attempt (first try and retries alike) takes a turn of its own.
/// </summary>
internal sealed class SesPacingHandler : PipelineHandler
{
    public override void InvokeSync(IExecutionContext executionContext)
    {
        using var turn = WaitForTurnAsync(executionContext).GetAwaiter().GetResult();
        base.InvokeSync(executionContext);
    }

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        var turn = await WaitForTurnAsync(executionContext).ConfigureAwait(false);
        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        finally
        {
            // The shared release (several instances) is a database call: asynchronous here.
            if (turn is IAsyncDisposable asyncTurn)
            {
                await asyncTurn.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                turn.Dispose();
            }
        }
    }

    private static Task<IDisposable> WaitForTurnAsync(IExecutionContext executionContext)
    {
        var requestContext = executionContext.RequestContext;
        var config = (SesServiceConfig)requestContext.ClientConfig;
        if (config.Pacer is not { } pacer)
        {
            return Task.FromResult<IDisposable>(NoTurn.Instance);
        }

        var action = ((ISesPacedRequest)requestContext.OriginalRequest).Action;
        return pacer.WaitForTurnAsync(SesPacingKey.For(config.PacingRegion, action), requestContext.CancellationToken);
    }

    /// <summary>The turn of a client without a pacer (SNS): nothing to wait for or release.</summary>
    private sealed class NoTurn : IDisposable
    {
        public static NoTurn Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
