using System.Globalization;
using SesConsole.Core.Account;

namespace SesConsole.Web.Components.Layout;

/// <summary>The words of the account status in the header: short labels for the chips, one sentence for the tooltip.</summary>
public static class AccountStatusText
{
    public static string Access(AccountStatus status) =>
        status.Access == AccountAccess.Sandbox ? "Sandbox" : "Production";

    public static string Sending(AccountStatus status) => status.SendingEnabled ? "Sending enabled" : "Sending paused";

    public static string Quota(AccountStatus status) => string.Create(
        CultureInfo.InvariantCulture, $"{status.SentLast24Hours:#,0} / {status.Max24HourSend:#,0} sent in 24 h");

    /// <summary>SES's enforcement status as SES words it (<c>PROBATION</c>, <c>SHUTDOWN</c>), for the chip.</summary>
    public static string Enforcement(string concern) => $"SES: {concern}";

    /// <summary>Probation is a warning (sending goes on while SES reviews); anything else SES reports is an error.</summary>
    public static string EnforcementColor(string concern) => concern == AccountStatus.Probation ? "warning" : "error";

    public static string Explanation(AccountStatus status)
    {
        var access = status.Access == AccountAccess.Sandbox
            ? "In the SES sandbox: mail goes only to verified addresses and domains (and the mailbox simulator)."
            : "Production access: mail may go to any recipient.";
        var sending = status.SendingEnabled
            ? string.Empty
            : " SES has paused sending for this account in this region.";
        var enforcement = status.EnforcementConcern is { } concern
            ? $" SES's enforcement status is {concern}: SES is reviewing or has stopped this account's sending (bounces, complaints); see the AWS console's Account dashboard."
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{status.Region}: {access}{sending}{enforcement} Quota {status.Max24HourSend:#,0} per 24 h at {status.MaxSendRate:#,0.#} per second; checked {status.CheckedAt:HH:mm} UTC.");
    }
}
