namespace SesConsole.Core.Ses.Operations;

internal static class SetIdentityFeedbackForwardingEnabledOperation
{
    public const string Action = "SetIdentityFeedbackForwardingEnabled";

    public static SesQuery Write(string identity, bool forwardingEnabled) =>
        new SesQueryWriter(Action)
            .Add("Identity", identity)
            .Add("ForwardingEnabled", forwardingEnabled)
            .Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
