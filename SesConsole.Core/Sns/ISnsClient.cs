namespace SesConsole.Core.Sns;

/// <summary>
/// The one SNS operation the console needs, for one region: listing topics for the notification topic picker.
/// Failures surface as <see cref="Ses.SesCallException"/> (same error shape: AWS Query XML), after the SDK's retries.
/// </summary>
public interface ISnsClient
{
    string Region { get; }

    /// <param name="nextToken">Null for the first page; then the token of the previous answer.</param>
    Task<ListTopicsResponse> ListTopicsAsync(string? nextToken, CancellationToken cancellationToken);
}

/// <summary>One <see cref="ISnsClient"/> per region, configured from the <c>Ses</c> section.</summary>
public interface ISnsClientFactory
{
    ISnsClient ForRegion(string region);
}

/// <param name="TopicArns">One page of topic ARNs (SNS sends up to 100).</param>
public sealed record ListTopicsResponse(IReadOnlyList<string> TopicArns, string? NextToken, string RequestId);
