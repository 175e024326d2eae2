using System.Text.Json;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Operations;

namespace SesConsole.Tests.Unit.Core.Ses;

/// <summary>How our v2 GetAccount writer asks and its reader reads SES's JSON (written from the SDK's schema).</summary>
[Trait("Category", "Unit")]
public sealed class GetAccountReaderTests
{
    [Fact]
    public void TheCallIsAGetOfTheAccountPathWithNoBody()
    {
        var call = GetAccountOperation.Write();

        Assert.Equal(("GetAccount", "GET", "/v2/email/account", 0, null), (call.Action, call.Method, call.ResourcePath, call.PathValues.Count, call.JsonBody));
    }

    [Fact]
    public void AFullAnswerReadsAccessSendingQuotaEnforcementAndReviewStatus()
    {
        var account = Read("""
            {
              "DedicatedIpAutoWarmupEnabled": true,
              "EnforcementStatus": "PROBATION",
              "ProductionAccessEnabled": true,
              "SendQuota": { "Max24HourSend": 50000.0, "MaxSendRate": 14.0, "SentLast24Hours": 1234.0 },
              "SendingEnabled": false,
              "SuppressionAttributes": { "SuppressedReasons": ["BOUNCE"] },
              "Details": { "MailType": "TRANSACTIONAL", "WebsiteURL": "https://example.com",
                           "ReviewDetails": { "Status": "GRANTED", "CaseId": "case-1" } }
            }
            """);

        Assert.Equal(
            (true, false, new SendQuota(50000, 14, 1234), "PROBATION", true, "GRANTED", "req-1"),
            (account.ProductionAccessEnabled, account.SendingEnabled, account.SendQuota, account.EnforcementStatus,
                account.DedicatedIpAutoWarmupEnabled, account.ReviewStatus, account.RequestId));
    }

    [Fact]
    public void ASandboxAnswerWithoutOptionalMembersReadsAsSandboxWithNoEnforcementStatus()
    {
        var account = Read("""{ "SendQuota": { "Max24HourSend": 200, "MaxSendRate": 1, "SentLast24Hours": 3 }, "SendingEnabled": true }""");

        Assert.Equal((false, true, new SendQuota(200, 1, 3), null, null), (account.ProductionAccessEnabled, account.SendingEnabled, account.SendQuota, account.EnforcementStatus, account.ReviewStatus));
    }

    [Fact]
    public void AnEnforcementStatusSesAddsLaterIsKeptAsSent()
    {
        var account = Read("""{ "EnforcementStatus": "SHUTDOWN", "SendQuota": {}, "SendingEnabled": false }""");

        Assert.Equal("SHUTDOWN", account.EnforcementStatus);
        Assert.Equal(new SendQuota(0, 0, 0), account.SendQuota);
    }

    [Fact]
    public void AnAnswerWithoutASendQuotaIsUnreadable()
    {
        var refused = Assert.Throws<SesResponseFormatException>(() => Read("""{ "SendingEnabled": true }"""));

        Assert.Contains("SendQuota", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotaThatIsNotANumberIsUnreadable()
    {
        Assert.Throws<SesResponseFormatException>(() => Read("""{ "SendQuota": { "Max24HourSend": "lots" } }"""));
    }

    private static GetAccountResponse Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return GetAccountOperation.Read(new SesRestResult(document.RootElement.Clone(), "req-1"));
    }
}
