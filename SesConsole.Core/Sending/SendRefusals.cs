using SesConsole.Core.Identities;

namespace SesConsole.Core.Sending;

/// <summary>SES's refusals of SendEmail in plain words, with what to do next.</summary>
internal static class SendRefusals
{
    public static Failure Explain(Failure failure, string from, string to, string region)
    {
        var message = failure.SesErrorCode switch
        {
            "MessageRejected" when failure.Message.Contains("failed the check", StringComparison.Ordinal)
                && ListedAfterColon(failure.Message).Contains(to, StringComparer.OrdinalIgnoreCase)
                && !ListedAfterColon(failure.Message).Contains(from, StringComparer.OrdinalIgnoreCase) =>
                $"Your account is in the SES sandbox in {region}: the recipient {to} must be verified too. Send to a mailbox simulator address, verify the recipient, or ask AWS for production access.",
            "MessageRejected" when failure.Message.Contains("failed the check", StringComparison.Ordinal) =>
                $"SES sends only from verified identities, and {from} is not verified in {region}. {Quote(failure.Message)}",
            "MessageRejected" => $"SES rejected the message. {Quote(failure.Message)}",
            "AccountSendingPausedException" =>
                $"SES has paused sending for this account in {region}; see the account's reputation in the AWS console before sending again.",
            "ConfigurationSetSendingPausedException" => $"Sending is paused for the configuration set. {Quote(failure.Message)}",
            "MailFromDomainNotVerifiedException" =>
                "The identity's custom MAIL FROM domain is not verified and its setting is to reject mail when the MX record is missing. Publish the MX record, or choose \"use the default\" on MX failure.",
            "Throttling" when failure.Message.Contains("quota", StringComparison.OrdinalIgnoreCase) =>
                $"The 24-hour sending quota of this account in {region} is used up; try again later.",
            _ => null,
        };
        return message is null ? failure : failure with { Message = message };
    }

    private static string[] ListedAfterColon(string message)
    {
        var colon = message.LastIndexOf(':');
        // The failure's message ends with a full stop the console added; SES's list of names does not.
        return colon < 0 ? [] : message[(colon + 1)..].TrimEnd('.').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Quote(string sesMessage) => $"SES said: \"{sesMessage.TrimEnd('.')}\".";
}
