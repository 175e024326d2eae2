using SesConsole.LocalSes.Outbox;

namespace SesConsole.LocalSes.Storage;

/// <summary>Messages accepted by SendEmail, one row per recipient: the local mailbox and the 24-hour send count.</summary>
internal sealed class SentMailStore(SesDatabase database)
{
    public Task AddAsync(string region, string messageId, string source, IReadOnlyList<(string Recipient, bool CountsTowardQuota)> recipients, string subject, string body, long nowMs, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var (recipient, counts) in recipients)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO sent_mail (region, message_id, source, recipient, counts_toward_quota, subject, body, sent_at)
                    VALUES ($region, $id, $source, $recipient, $counts, $subject, $body, $now)
                    """,
                    transaction, ct, ("$region", region), ("$id", messageId), ("$source", source), ("$recipient", recipient),
                    ("$counts", counts ? 1 : 0), ("$subject", subject), ("$body", body), ("$now", nowMs));
            }

            return true;
        }, ct);

    /// <summary>How many recipients counted toward the quota since <paramref name="sinceMs"/> (SES counts recipients, not messages).</summary>
    public Task<long> CountSinceAsync(string region, long sinceMs, CancellationToken ct) =>
        database.ReadAsync(async connection =>
            (long)(await connection.ScalarAsync(
                "SELECT COUNT(*) FROM sent_mail WHERE region = $region AND sent_at >= $since AND counts_toward_quota = 1",
                null, ct, ("$region", region), ("$since", sinceMs)) ?? 0L), ct);

    public Task<IReadOnlyList<LocalSentMessage>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<LocalSentMessage>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT id, region, message_id, source, recipient, subject, body, sent_at FROM sent_mail ORDER BY id DESC", null);
            var messages = new List<LocalSentMessage>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                messages.Add(new LocalSentMessage(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
            }

            return messages;
        }, ct);
}
