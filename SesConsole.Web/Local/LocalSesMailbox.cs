namespace SesConsole.Web.Local;

/// <summary>The local mailbox page's view of the embedded LocalSes outbox.</summary>
public sealed class LocalSesMailbox(EmbeddedLocalSes localSes) : ILocalMailbox
{
    public async Task<IReadOnlyList<LocalMailMessage>> ListAsync(CancellationToken ct)
    {
        var messages = await localSes.Server.Outbox.ListAsync(ct);
        return messages
            .Select(m => new LocalMailMessage(m.To, m.Subject, m.Body, m.ConfirmationLink.ToString(), m.SentAt))
            .ToList();
    }
}
