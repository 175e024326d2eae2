namespace SesConsole.Core.Ses.Operations;

internal static class SetIdentityHeadersInNotificationsEnabledOperation
{
    public const string Action = "SetIdentityHeadersInNotificationsEnabled";

    public static SesQuery Write(string identity, SesNotificationType notificationType, bool enabled) =>
        new SesQueryWriter(Action)
            .Add("Identity", identity)
            .Add("NotificationType", notificationType.ToString())
            .Add("Enabled", enabled)
            .Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
