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

    public static string Explanation(AccountStatus status)
    {
        var access = status.Access == AccountAccess.Sandbox
            ? "In the SES sandbox: mail goes only to verified addresses and domains (and the mailbox simulator)."
            : "Production access: mail may go to any recipient.";
        var sending = status.SendingEnabled
            ? string.Empty
            : " SES has paused sending for this account in this region.";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{status.Region}: {access}{sending} Quota {status.Max24HourSend:#,0} per 24 h at {status.MaxSendRate:#,0.#} per second; checked {status.CheckedAt:HH:mm} UTC.");
    }
}
