namespace SesConsole.LocalSes.Storage;

/// <summary>One identity's notification settings; an identity without a stored row has SES's defaults.</summary>
internal sealed record NotificationSettings(
    string? BounceTopic,
    string? ComplaintTopic,
    string? DeliveryTopic,
    bool ForwardingEnabled,
    bool HeadersInBounce,
    bool HeadersInComplaint,
    bool HeadersInDelivery)
{
    public static NotificationSettings Default { get; } = new(null, null, null, true, false, false, false);
}
