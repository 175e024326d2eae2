using SesConsole.Core.Identities;

namespace SesConsole.Core.Sending;

/// <summary>Sends a test email from a verified identity (Admin only, audited): v1 SendEmail, one message.</summary>
public interface ITestEmailSender
{
    /// <summary>Checks a typed recipient; on success the address as it will be sent.</summary>
    IdentityNameCheck CheckRecipient(string? input);

    /// <summary>The sender address for an identity: the address itself, or <paramref name="fromLocalPart"/>@domain.</summary>
    IdentityNameCheck CheckSender(string identity, string? fromLocalPart);

    Task<Outcome<TestEmailSent>> SendAsync(
        string region, string identity, string? fromLocalPart, string recipient, string subject, string body,
        CancellationToken cancellationToken);
}
