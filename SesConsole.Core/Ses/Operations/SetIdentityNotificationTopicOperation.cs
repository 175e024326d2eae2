namespace SesConsole.Core.Ses.Operations;

internal static class SetIdentityNotificationTopicOperation
{
    public const string Action = "SetIdentityNotificationTopic";

    /// <remarks>An absent <c>SnsTopic</c> is how SES is told to stop publishing that notification type.</remarks>
    public static SesQuery Write(string identity, SesNotificationType notificationType, string? snsTopic) =>
        new SesQueryWriter(Action)
            .Add("Identity", identity)
            .Add("NotificationType", notificationType.ToString())
            .Add("SnsTopic", snsTopic)
            .Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
