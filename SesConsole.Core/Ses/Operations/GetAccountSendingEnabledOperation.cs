namespace SesConsole.Core.Ses.Operations;

internal static class GetAccountSendingEnabledOperation
{
    public const string Action = "GetAccountSendingEnabled";

    public static SesQuery Write() => new SesQueryWriter(Action).Build();

    // The model's only member is optional; SES sends it, and an account without the flag is not paused.
    public static GetAccountSendingEnabledResponse Read(SesQueryResult result) =>
        new(SesXml.OptionalBoolean(result.Result, "Enabled") ?? true, result.RequestId);
}
