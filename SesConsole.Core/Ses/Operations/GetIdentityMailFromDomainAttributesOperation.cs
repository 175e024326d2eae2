namespace SesConsole.Core.Ses.Operations;

internal static class GetIdentityMailFromDomainAttributesOperation
{
    public const string Action = "GetIdentityMailFromDomainAttributes";

    public static SesQuery Write(IReadOnlyList<string> identities) =>
        new SesQueryWriter(Action).AddList("Identities", identities).Build();

    public static GetIdentityMailFromDomainAttributesResponse Read(SesQueryResult result) =>
        new(
            SesXml.Map(result.Result, "MailFromDomainAttributes", ReadAttributes),
            result.RequestId);

    // The model marks all three members required, but for an identity without a custom MAIL FROM domain SES
    // may send only BehaviorOnMXFailure; reading that as "not configured" beats failing the whole batch.
    private static IdentityMailFromDomainAttributes ReadAttributes(System.Xml.Linq.XElement value) =>
        new(
            SesXml.Text(value, "MailFromDomain") ?? string.Empty,
            SesXml.Text(value, "MailFromDomainStatus") is null
                ? SesVerificationStatus.NotStarted
                : SesXml.Status(value, "MailFromDomainStatus"),
            SesXml.Text(value, "BehaviorOnMXFailure") ?? "UseDefaultValue");
}
