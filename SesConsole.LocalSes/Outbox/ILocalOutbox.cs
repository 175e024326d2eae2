namespace SesConsole.LocalSes.Outbox;

/// <summary>The mails LocalSes would have sent (verification mails and SendEmail messages), for the console and tests to read.</summary>
public interface ILocalOutbox
{
    /// <summary>Every mail written so far, newest first.</summary>
    Task<IReadOnlyList<LocalOutboxMessage>> ListAsync(CancellationToken ct);

    /// <summary>Every message accepted by SendEmail, one per recipient, newest first.</summary>
    Task<IReadOnlyList<LocalSentMessage>> ListSentAsync(CancellationToken ct);
}
