namespace SesConsole.LocalSes.Storage;

/// <summary>Notification topics, feedback forwarding and header flags per identity and region.</summary>
internal sealed class NotificationStore(SesDatabase database)
{
    private const string Columns =
        "bounce_topic, complaint_topic, delivery_topic, forwarding, headers_bounce, headers_complaint, headers_delivery";

    public Task<NotificationSettings> GetAsync(string region, string identity, CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command(
                $"SELECT {Columns} FROM notification_settings WHERE region = $region AND identity = $identity",
                null, ("$region", region), ("$identity", identity));
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new NotificationSettings(
                    reader.NullableString(0),
                    reader.NullableString(1),
                    reader.NullableString(2),
                    reader.GetInt64(3) != 0,
                    reader.GetInt64(4) != 0,
                    reader.GetInt64(5) != 0,
                    reader.GetInt64(6) != 0)
                : NotificationSettings.Default;
        }, ct);

    /// <summary>
    /// Reads the identity's settings, lets <paramref name="change"/> compute the new ones (or throw SES's error),
    /// and stores them, all in one write transaction so a concurrent change cannot slip between check and write.
    /// </summary>
    public Task UpdateAsync(string region, string identity, Func<NotificationSettings, NotificationSettings> change, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var current = NotificationSettings.Default;
            await using (var command = connection.Command(
                $"SELECT {Columns} FROM notification_settings WHERE region = $region AND identity = $identity",
                transaction, ("$region", region), ("$identity", identity)))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                if (await reader.ReadAsync(ct))
                {
                    current = new NotificationSettings(
                        reader.NullableString(0), reader.NullableString(1), reader.NullableString(2),
                        reader.GetInt64(3) != 0, reader.GetInt64(4) != 0, reader.GetInt64(5) != 0, reader.GetInt64(6) != 0);
                }
            }

            var next = change(current);
            await connection.ExecuteAsync(
                $"""
                INSERT INTO notification_settings (region, identity, {Columns})
                VALUES ($region, $identity, $bounce, $complaint, $delivery, $forwarding, $hb, $hc, $hd)
                ON CONFLICT (region, identity) DO UPDATE SET
                    bounce_topic = excluded.bounce_topic, complaint_topic = excluded.complaint_topic,
                    delivery_topic = excluded.delivery_topic, forwarding = excluded.forwarding,
                    headers_bounce = excluded.headers_bounce, headers_complaint = excluded.headers_complaint,
                    headers_delivery = excluded.headers_delivery
                """,
                transaction,
                ct,
                ("$region", region),
                ("$identity", identity),
                ("$bounce", next.BounceTopic),
                ("$complaint", next.ComplaintTopic),
                ("$delivery", next.DeliveryTopic),
                ("$forwarding", next.ForwardingEnabled ? 1 : 0),
                ("$hb", next.HeadersInBounce ? 1 : 0),
                ("$hc", next.HeadersInComplaint ? 1 : 0),
                ("$hd", next.HeadersInDelivery ? 1 : 0));
            return true;
        }, ct);
}
