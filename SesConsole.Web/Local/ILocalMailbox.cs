namespace SesConsole.Web.Local;

/// <summary>The mails LocalSes "sent" (confirmation mails of email identities); registered only in Local mode.</summary>
public interface ILocalMailbox
{
    Task<IReadOnlyList<LocalMailMessage>> ListAsync(CancellationToken ct);
}
