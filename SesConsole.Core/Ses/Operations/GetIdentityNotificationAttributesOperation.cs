namespace SesConsole.Core.Ses.Operations;

internal static class GetIdentityNotificationAttributesOperation
{
    public const string Action = "GetIdentityNotificationAttributes";

    public static SesQuery Write(IReadOnlyList<string> identities) =>
        new SesQueryWriter(Action).AddList("Identities", identities).Build();

    public static GetIdentityNotificationAttributesResponse Read(SesQueryResult result) =>
        new(SesXml.Map(result.Result, "NotificationAttributes", ReadAttributes), result.RequestId);

    // The model marks the three topics required, but SES leaves out a topic that is not set: absent reads as none.
    // The three header flags are optional and default to false, as in SES's console.
    private static IdentityNotificationAttributes ReadAttributes(System.Xml.Linq.XElement value) =>
        new(
            NonEmpty(SesXml.Text(value, "BounceTopic")),
            NonEmpty(SesXml.Text(value, "ComplaintTopic")),
            NonEmpty(SesXml.Text(value, "DeliveryTopic")),
            SesXml.Boolean(value, "ForwardingEnabled"),
            SesXml.OptionalBoolean(value, "HeadersInBounceNotificationsEnabled") ?? false,
            SesXml.OptionalBoolean(value, "HeadersInComplaintNotificationsEnabled") ?? false,
            SesXml.OptionalBoolean(value, "HeadersInDeliveryNotificationsEnabled") ?? false);

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
