namespace SesConsole.Core.Ses.Operations;

internal static class GetSendQuotaOperation
{
    public const string Action = "GetSendQuota";

    public static SesQuery Write() => new SesQueryWriter(Action).Build();

    public static GetSendQuotaResponse Read(SesQueryResult result) =>
        new(
            SesXml.Number(result.Result, "Max24HourSend"),
            SesXml.Number(result.Result, "MaxSendRate"),
            SesXml.Number(result.Result, "SentLast24Hours"),
            result.RequestId);
}
