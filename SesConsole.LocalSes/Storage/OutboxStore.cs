using SesConsole.LocalSes.Outbox;

namespace SesConsole.LocalSes.Storage;

/// <summary>Reads the outbox table written together with each email verification.</summary>
internal sealed class OutboxStore(SesDatabase database, SentMailStore sent) : ILocalOutbox
{
    public Task<IReadOnlyList<LocalSentMessage>> ListSentAsync(CancellationToken ct) => sent.ListAsync(ct);

    public Task<IReadOnlyList<LocalOutboxMessage>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<LocalOutboxMessage>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT id, region, recipient, subject, body, link, sent_at FROM outbox ORDER BY id DESC", null);
            var messages = new List<LocalOutboxMessage>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                messages.Add(new LocalOutboxMessage(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    new Uri(reader.GetString(5)),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
            }

            return messages;
        }, ct);
}
