using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses;

/// <summary>Sending and account operations of <see cref="SesClient"/>.</summary>
internal sealed partial class SesClient
{
    /// <summary>SES's limit on recipients of one message (To, Cc and Bcc together).</summary>
    private const int MaxRecipientsPerMessage = 50;

    public Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireValue(request.Source, nameof(request), "a sender (Source)");
        RequireValue(request.Subject, nameof(request), "a subject");
        ArgumentNullException.ThrowIfNull(request.TextBody);
        if (request.ToAddresses is null || request.ToAddresses.Count is 0 or > MaxRecipientsPerMessage)
        {
            throw new ArgumentException(
                $"Give between 1 and {MaxRecipientsPerMessage} recipients, not {request.ToAddresses?.Count ?? 0}.", nameof(request));
        }

        foreach (var recipient in request.ToAddresses)
        {
            RequireValue(recipient, nameof(request), "a recipient in every position");
        }

        return CallAsync(SendEmailOperation.Write(request), SendEmailOperation.Read, cancellationToken);
    }

    public Task<GetSendQuotaResponse> GetSendQuotaAsync(CancellationToken cancellationToken) =>
        CallAsync(GetSendQuotaOperation.Write(), GetSendQuotaOperation.Read, cancellationToken);

    public Task<GetAccountSendingEnabledResponse> GetAccountSendingEnabledAsync(CancellationToken cancellationToken) =>
        CallAsync(GetAccountSendingEnabledOperation.Write(), GetAccountSendingEnabledOperation.Read, cancellationToken);
}
