namespace SesConsole.Core.Notifications;

/// <summary>The audit actions of notification changes.</summary>
public static class NotificationAuditActions
{
    public const string SetTopic = "SetNotificationTopic";
    public const string SetForwarding = "SetFeedbackForwarding";
    public const string SetHeaders = "SetNotificationHeaders";
}
