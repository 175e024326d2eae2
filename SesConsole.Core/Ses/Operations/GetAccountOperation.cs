namespace SesConsole.Core.Ses.Operations;

/// <summary>SES API v2 GetAccount: GET /v2/email/account, no parameters; the account's access, sending and quota in one call.</summary>
internal static class GetAccountOperation
{
    public const string Action = "GetAccount";
    public const string Path = "/v2/email/account";

    public static SesRestCall Write() => new(Action, "GET", Path, new Dictionary<string, string>(), null);

    public static GetAccountResponse Read(SesRestResult result)
    {
        var body = result.Body;
        var quota = SesJson.Member(body, "SendQuota");
        return new GetAccountResponse(
            SesJson.Boolean(body, "ProductionAccessEnabled") ?? false,
            SesJson.Boolean(body, "SendingEnabled") ?? false,
            quota is { } q
                ? new SendQuota(SesJson.Number(q, "Max24HourSend") ?? 0, SesJson.Number(q, "MaxSendRate") ?? 0, SesJson.Number(q, "SentLast24Hours") ?? 0)
                : throw new SesResponseFormatException("the member \"SendQuota\" is missing"),
            SesJson.Text(body, "EnforcementStatus"),
            SesJson.Boolean(body, "DedicatedIpAutoWarmupEnabled") ?? false,
            SesJson.Member(body, "Details") is { } details && SesJson.Member(details, "ReviewDetails") is { } review
                ? SesJson.Text(review, "Status")
                : null,
            result.RequestId);
    }
}
