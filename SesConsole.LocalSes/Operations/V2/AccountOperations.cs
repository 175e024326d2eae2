using System.Text.Json.Nodes;

namespace SesConsole.LocalSes.Operations.V2;

/// <summary>
/// SES API v2 GetAccount (<c>GET /v2/email/account</c>) from LocalSes's own settings: production access unless
/// <c>Sandbox</c>, <c>SendingEnabled</c>, the quota GetSendQuota reports (the last 24 hours counted from the local
/// mailbox) and <c>EnforcementStatus</c>.
/// </summary>
internal static class AccountOperations
{
    public static async Task<JsonObject> GetAccountAsync(RestOperationContext context, CancellationToken ct)
    {
        var account = context.Account;
        var sent = await account.SentLast24HoursAsync(context.Region, context.Now, ct);
        return new JsonObject
        {
            ["DedicatedIpAutoWarmupEnabled"] = false,
            ["EnforcementStatus"] = account.EnforcementStatus,
            ["ProductionAccessEnabled"] = !account.Sandbox,
            ["SendQuota"] = new JsonObject
            {
                ["Max24HourSend"] = account.Max24HourSend,
                ["MaxSendRate"] = account.MaxSendRate,
                ["SentLast24Hours"] = (double)sent,
            },
            ["SendingEnabled"] = account.SendingEnabled,
            ["SuppressionAttributes"] = new JsonObject { ["SuppressedReasons"] = new JsonArray() },
        };
    }
}
