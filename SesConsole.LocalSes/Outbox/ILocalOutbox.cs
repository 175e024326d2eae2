namespace SesConsole.LocalSes.Outbox;

/// <summary>The verification mails LocalSes would have sent, for the console and tests to read.</summary>
public interface ILocalOutbox
{
    /// <summary>Every mail written so far, newest first.</summary>
    Task<IReadOnlyList<LocalOutboxMessage>> ListAsync(CancellationToken ct);
}
