using System.Globalization;
using System.Xml.Linq;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;
using static SesConsole.LocalSes.Protocol.SesXml;

namespace SesConsole.LocalSes.Operations;

/// <summary>
/// SendEmail, GetSendQuota and GetAccountSendingEnabled. SendEmail refuses what SES refuses (paused sending, an
/// unverified sender, unverified recipients in the sandbox, the daily quota) and writes accepted mail to the local mailbox.
/// </summary>
internal static class SendingOperations
{
    public const int MaxRecipients = 50;

    public static async Task<IReadOnlyList<XElement>> SendEmailAsync(OperationContext context, CancellationToken ct)
    {
        var parameters = context.Parameters;
        var source = parameters.Required("Source");
        var sender = Address(source);
        var recipients = parameters.List("Destination.ToAddresses")
            .Concat(parameters.List("Destination.CcAddresses"))
            .Concat(parameters.List("Destination.BccAddresses"))
            .ToList();
        var subject = parameters.Optional("Message.Subject.Data")
            ?? throw new SesErrorException(SesError.MissingParameter("Message.Subject.Data"));
        var body = parameters.Optional("Message.Body.Text.Data") ?? parameters.Optional("Message.Body.Html.Data")
            ?? throw new SesErrorException(SesError.InvalidParameterValue("The message body must have Text or Html content."));
        if (recipients.Count == 0)
        {
            throw new SesErrorException(SesError.InvalidParameterValue("Missing required header 'To'."));
        }

        if (recipients.Count > MaxRecipients)
        {
            throw new SesErrorException(SesError.InvalidParameterValue("Recipient count exceeds 50."));
        }

        var recipientAddresses = recipients.Select(Address).ToList();
        if (!context.Account.SendingEnabled)
        {
            throw new SesErrorException(new SesError(
                400, "Sender", "AccountSendingPausedException", "Email sending is disabled for your entire Amazon SES account."));
        }

        var unverified = new List<string>();
        if (!await IsVerifiedAsync(context, sender, ct))
        {
            unverified.Add(sender);
        }

        if (context.Account.Sandbox)
        {
            foreach (var recipient in recipientAddresses.Where(r => !MailboxSimulator.IsSimulator(r)))
            {
                if (!await IsVerifiedAsync(context, recipient, ct))
                {
                    unverified.Add(recipient);
                }
            }
        }

        if (unverified.Count > 0)
        {
            throw new SesErrorException(new SesError(
                400,
                "Sender",
                "MessageRejected",
                $"Email address is not verified. The following identities failed the check in region {context.Region.ToUpperInvariant()}: {string.Join(", ", unverified.Distinct(StringComparer.Ordinal))}"));
        }

        var counted = recipientAddresses.Select(r => (r, !MailboxSimulator.IsSimulator(r))).ToList();
        var since = context.Now.AddHours(-24).ToUnixTimeMilliseconds();
        var sent = await context.Account.SentMail.CountSinceAsync(context.Region, since, ct);
        if (sent + counted.Count(c => c.Item2) > context.Account.Max24HourSend)
        {
            throw new SesErrorException(new SesError(400, "Sender", "Throttling", "Daily message quota exceeded."));
        }

        var messageId = MessageId(context.Now);
        await context.Account.SentMail.AddAsync(
            context.Region, messageId, source, counted, subject, body, context.Now.ToUnixTimeMilliseconds(), ct);
        return [Element("MessageId", messageId)];
    }

    public static async Task<IReadOnlyList<XElement>> GetSendQuotaAsync(OperationContext context, CancellationToken ct)
    {
        var sent = await context.Account.SentLast24HoursAsync(context.Region, context.Now, ct);
        return
        [
            Element("Max24HourSend", Number(context.Account.Max24HourSend)),
            Element("MaxSendRate", Number(context.Account.MaxSendRate)),
            Element("SentLast24Hours", Number(sent)),
        ];
    }

    public static Task<IReadOnlyList<XElement>> GetAccountSendingEnabledAsync(OperationContext context, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<XElement>>([Element("Enabled", context.Account.SendingEnabled ? "true" : "false")]);

    /// <summary>The address of <c>user@host</c> or <c>"Display Name" &lt;user@host&gt;</c>.</summary>
    private static string Address(string mailbox)
    {
        var open = mailbox.LastIndexOf('<');
        var close = mailbox.LastIndexOf('>');
        var address = (open >= 0 && close > open ? mailbox[(open + 1)..close] : mailbox).Trim();
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.Any(char.IsWhiteSpace))
        {
            throw new SesErrorException(SesError.InvalidParameterValue($"Missing final '@domain' in the address {mailbox}."));
        }

        return address;
    }

    /// <summary>An address may send (or, in the sandbox, receive) when it or its domain is a verified identity.</summary>
    private static async Task<bool> IsVerifiedAsync(OperationContext context, string address, CancellationToken ct)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();
        var records = await context.Identities.GetManyAsync(context.Region, [address, domain], ct);
        return records.Values.Any(r => r.EffectiveStatus(context.Now) == VerificationStatus.Success);
    }

    private static string MessageId(DateTimeOffset now) => string.Create(
        CultureInfo.InvariantCulture, $"0100{now.ToUnixTimeMilliseconds():x12}-{Guid.NewGuid()}-000000");

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
