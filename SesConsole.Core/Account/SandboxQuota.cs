namespace SesConsole.Core.Account;

/// <summary>
/// SES's sandbox quota, and the rule the console reads sandbox from. The v1 API has no sandbox flag (v2's
/// <c>GetAccount.ProductionAccessEnabled</c> has); an account in the sandbox has exactly this quota, and SES raises
/// both numbers when it grants production access. So a quota of at most 200 a day at 1 a second reads as sandbox.
/// </summary>
public static class SandboxQuota
{
    public const double Max24HourSend = 200;

    public const double MaxSendRate = 1;

    public static AccountAccess AccessFor(double max24HourSend, double maxSendRate) =>
        max24HourSend <= Max24HourSend && maxSendRate <= MaxSendRate ? AccountAccess.Sandbox : AccountAccess.Production;
}
