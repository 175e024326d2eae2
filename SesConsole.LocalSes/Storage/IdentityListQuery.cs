using SesConsole.LocalSes.Identities;

namespace SesConsole.LocalSes.Storage;

/// <summary>
/// One page of identities with their statuses, for SES API v2's ListEmailIdentities: optionally of one type, with a
/// name containing some text (ASCII case-insensitive) or in one effective status (an expired Pending reads Failed),
/// after a name, in name order.
/// </summary>
internal sealed record IdentityListQuery(string Region, string? Type, string? Status, string? NameContains, string? After, int Limit, DateTimeOffset Now);

/// <summary>One listed identity: its name as stored, type and effective status.</summary>
internal sealed record ListedIdentity(string Name, string Type, string Status);

internal sealed class IdentityListStore(SesDatabase database)
{
    public Task<IReadOnlyList<ListedIdentity>> ListAsync(IdentityListQuery query, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ListedIdentity>>(async connection =>
        {
            await using var command = connection.Command(
                """
                SELECT name, type, effective FROM (
                    SELECT name, type, CASE
                        WHEN status = 'Pending' AND started_at + (CASE WHEN type = 'Domain' THEN $dns ELSE $email END) <= $now THEN 'Failed'
                        ELSE status END AS effective
                    FROM identities
                    WHERE region = $region AND ($type IS NULL OR type = $type) AND ($after IS NULL OR name > $after)
                        AND ($contains IS NULL OR instr(lower(name), lower($contains)) > 0))
                WHERE $status IS NULL OR effective = $status
                ORDER BY name LIMIT $limit
                """,
                null,
                ("$region", query.Region),
                ("$type", query.Type),
                ("$status", query.Status),
                ("$contains", query.NameContains),
                ("$after", query.After),
                ("$limit", query.Limit),
                ("$now", query.Now.ToUnixTimeMilliseconds()),
                ("$dns", (long)VerificationStatus.DnsVerificationWindow.TotalMilliseconds),
                ("$email", (long)VerificationStatus.EmailLinkLifetime.TotalMilliseconds));
            var identities = new List<ListedIdentity>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                identities.Add(new ListedIdentity(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return identities;
        }, ct);
}
