using System.Text.Json;

namespace SesConsole.Core.Ses.Operations;

/// <summary>SES API v2 GetEmailIdentity: GET /v2/email/identities/{EmailIdentity}, the name as one encoded path segment.</summary>
internal static class GetEmailIdentityOperation
{
    public const string Action = "GetEmailIdentity";
    public const string PathTemplate = "/v2/email/identities/{EmailIdentity}";

    public static SesRestCall Write(string identity) =>
        new(Action, "GET", PathTemplate, new Dictionary<string, string> { ["{EmailIdentity}"] = identity }, null);

    public static GetEmailIdentityResponse Read(SesRestResult result)
    {
        var body = result.Body;
        return new GetEmailIdentityResponse(
            SesV2Values.IdentityType("IdentityType", SesJson.RequiredText(body, "IdentityType")),
            SesJson.Text(body, "VerificationStatus") is { } status
                ? SesV2Values.Status("VerificationStatus", status)
                : SesVerificationStatus.NotStarted,
            SesJson.Boolean(body, "VerifiedForSendingStatus") ?? false,
            SesJson.Boolean(body, "FeedbackForwardingStatus") ?? false,
            SesJson.Member(body, "DkimAttributes") is { } dkim ? Dkim(dkim) : null,
            SesJson.Member(body, "MailFromAttributes") is { } mailFrom && SesJson.Text(mailFrom, "MailFromDomain") is { Length: > 0 }
                ? MailFrom(mailFrom)
                : null,
            SesJson.StringMap(body, "Policies"),
            SesJson.Array(body, "Tags").ToDictionary(
                tag => SesJson.RequiredText(tag, "Key"), tag => SesJson.Text(tag, "Value") ?? string.Empty, StringComparer.Ordinal),
            SesJson.Text(body, "ConfigurationSetName"),
            SesJson.Member(body, "VerificationInfo") is { } info ? VerificationInfo(info) : null,
            result.RequestId);
    }

    private static EmailIdentityDkimAttributes Dkim(JsonElement dkim) =>
        new(
            SesJson.Boolean(dkim, "SigningEnabled") ?? false,
            SesJson.Text(dkim, "Status") is { } status ? SesV2Values.Status("DkimAttributes.Status", status) : null,
            SesJson.Strings(dkim, "Tokens"),
            SesJson.Text(dkim, "SigningAttributesOrigin"),
            SesJson.Text(dkim, "SigningHostedZone"),
            SesJson.Text(dkim, "CurrentSigningKeyLength"),
            SesJson.Text(dkim, "NextSigningKeyLength"),
            SesJson.Timestamp(dkim, "LastKeyGenerationTimestamp"));

    private static EmailIdentityMailFromAttributes MailFrom(JsonElement mailFrom) =>
        new(
            SesJson.RequiredText(mailFrom, "MailFromDomain"),
            SesV2Values.Status("MailFromAttributes.MailFromDomainStatus", SesJson.RequiredText(mailFrom, "MailFromDomainStatus")),
            SesJson.RequiredText(mailFrom, "BehaviorOnMxFailure"));

    private static EmailIdentityVerificationInfo VerificationInfo(JsonElement info) =>
        new(
            SesJson.Timestamp(info, "LastCheckedTimestamp"),
            SesJson.Timestamp(info, "LastSuccessTimestamp"),
            SesJson.Text(info, "ErrorType"),
            SesJson.Member(info, "SOARecord") is { } soa
                ? new SoaRecord(SesJson.Text(soa, "PrimaryNameServer"), SesJson.Text(soa, "AdminEmail"), SesJson.Integer(soa, "SerialNumber"))
                : null);
}
