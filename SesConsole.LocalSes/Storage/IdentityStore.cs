using Microsoft.Data.Sqlite;
using SesConsole.LocalSes.Identities;

namespace SesConsole.LocalSes.Storage;

/// <summary>Identities per region: creation, verification state, DKIM, MAIL FROM, deletion and confirmation tokens.</summary>
internal sealed class IdentityStore(SesDatabase database)
{
    private const string Columns = """
        region, name, type, status, token, created_at, started_at, dkim_enabled, dkim_status, dkim_tokens,
        dkim_started_at, mail_from_domain, mail_from_behavior, mail_from_status, mail_from_started_at
        """;

    public Task<IReadOnlyList<string>> ListNamesAsync(string region, string? type, string? after, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<string>>(async connection =>
        {
            await using var command = connection.Command(
                """
                SELECT name FROM identities
                WHERE region = $region AND ($type IS NULL OR type = $type) AND ($after IS NULL OR name > $after)
                ORDER BY name LIMIT $limit
                """,
                null,
                ("$region", region),
                ("$type", type),
                ("$after", after),
                ("$limit", limit));
            var names = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }, ct);

    public Task<IReadOnlyDictionary<string, IdentityRecord>> GetManyAsync(string region, IReadOnlyCollection<string> names, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyDictionary<string, IdentityRecord>>(async connection =>
        {
            var found = new Dictionary<string, IdentityRecord>(StringComparer.Ordinal);
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (await ReadOneAsync(connection, null, region, name, ct) is { } record)
                {
                    found[name] = record;
                }
            }

            return found;
        }, ct);

    public Task<IdentityRecord?> GetAsync(string region, string name, CancellationToken ct) =>
        database.ReadAsync(connection => ReadOneAsync(connection, null, region, name, ct), ct);

    /// <summary>Creates or restarts an email identity and writes its verification mail; older links stop working.</summary>
    public Task<bool> StartEmailVerificationAsync(string region, string email, long nowMs, string linkToken, OutboxDraft mail, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var existing = await ReadOneAsync(connection, transaction, region, email, ct);
            if (existing is null)
            {
                await InsertAsync(connection, transaction, region, email, VerificationStatus.EmailAddress, string.Empty, nowMs, ct);
            }
            else if (existing.Status != VerificationStatus.Success)
            {
                await connection.ExecuteAsync(
                    "UPDATE identities SET status = 'Pending', started_at = $now WHERE region = $region AND name = $name",
                    transaction, ct, ("$now", nowMs), ("$region", region), ("$name", email));
            }

            await connection.ExecuteAsync(
                "DELETE FROM email_tokens WHERE region = $region AND identity = $name", transaction, ct, ("$region", region), ("$name", email));
            await connection.ExecuteAsync(
                "INSERT INTO email_tokens (token, region, identity, expires_at) VALUES ($token, $region, $name, $expires)",
                transaction, ct, ("$token", linkToken), ("$region", region), ("$name", email),
                ("$expires", nowMs + (long)VerificationStatus.EmailLinkLifetime.TotalMilliseconds));
            await connection.ExecuteAsync(
                """
                INSERT INTO outbox (region, identity, recipient, subject, body, link, sent_at)
                VALUES ($region, $name, $recipient, $subject, $body, $link, $now)
                """,
                transaction, ct, ("$region", region), ("$name", email), ("$recipient", mail.Recipient), ("$subject", mail.Subject),
                ("$body", mail.Body), ("$link", mail.Link), ("$now", nowMs));
            return existing is null;
        }, ct);

    /// <summary>Creates a domain identity or restarts its verification window; the token of an existing domain is kept.</summary>
    public Task<string> StartDomainVerificationAsync(string region, string domain, long nowMs, string candidateToken, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var existing = await ReadOneAsync(connection, transaction, region, domain, ct);
            if (existing is null)
            {
                await InsertAsync(connection, transaction, region, domain, VerificationStatus.Domain, candidateToken, nowMs, ct);
                return candidateToken;
            }

            if (existing.Status != VerificationStatus.Success)
            {
                await connection.ExecuteAsync(
                    "UPDATE identities SET status = 'Pending', started_at = $now WHERE region = $region AND name = $name",
                    transaction, ct, ("$now", nowMs), ("$region", region), ("$name", domain));
            }

            return existing.Token;
        }, ct);

    /// <summary>Turns on Easy DKIM for a domain (creating the domain if needed); its three tokens never change afterwards.</summary>
    public Task<IReadOnlyList<string>> EnableDkimAsync(
        string region, string domain, long nowMs, string candidateDomainToken, IReadOnlyList<string> candidateDkimTokens, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<string>>(async (connection, transaction) =>
        {
            var existing = await ReadOneAsync(connection, transaction, region, domain, ct);
            if (existing is null)
            {
                await InsertAsync(connection, transaction, region, domain, VerificationStatus.Domain, candidateDomainToken, nowMs, ct);
            }

            var tokens = existing is { DkimTokens.Count: > 0 } ? existing.DkimTokens : candidateDkimTokens;
            var restart = existing is null || existing.DkimStatus != VerificationStatus.Success;
            await connection.ExecuteAsync(
                """
                UPDATE identities SET dkim_enabled = 1, dkim_tokens = $tokens,
                    dkim_status = CASE WHEN $restart THEN 'Pending' ELSE dkim_status END,
                    dkim_started_at = CASE WHEN $restart THEN $now ELSE dkim_started_at END
                WHERE region = $region AND name = $name
                """,
                transaction, ct, ("$tokens", string.Join(' ', tokens)), ("$restart", restart), ("$now", nowMs), ("$region", region), ("$name", domain));
            return tokens;
        }, ct);

    /// <summary>
    /// Adds many identities in one transaction, each Pending as if just sent to VerifyEmailIdentity or
    /// VerifyDomainIdentity (no verification mail); existing ones are left as they are. Returns how many were added.
    /// </summary>
    public Task<int> SeedAsync(string region, IReadOnlyList<(string Name, string Type, string Token)> identities, long nowMs, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var added = 0;
            foreach (var (name, type, token) in identities)
            {
                added += await connection.ExecuteAsync(
                    """
                    INSERT OR IGNORE INTO identities (region, name, type, status, token, created_at, started_at)
                    VALUES ($region, $name, $type, 'Pending', $token, $now, $now)
                    """,
                    transaction, ct, ("$region", region), ("$name", name), ("$type", type), ("$token", token), ("$now", nowMs));
            }

            return added;
        }, ct);

    public Task<bool> DeleteAsync(string region, string name, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var deleted = await connection.ExecuteAsync(
                "DELETE FROM identities WHERE region = $region AND name = $name", transaction, ct, ("$region", region), ("$name", name));
            await connection.ExecuteAsync(
                "DELETE FROM policies WHERE region = $region AND identity = $name", transaction, ct, ("$region", region), ("$name", name));
            await connection.ExecuteAsync(
                "DELETE FROM email_tokens WHERE region = $region AND identity = $name", transaction, ct, ("$region", region), ("$name", name));
            await connection.ExecuteAsync(
                "DELETE FROM notification_settings WHERE region = $region AND identity = $name", transaction, ct, ("$region", region), ("$name", name));
            await connection.ExecuteAsync(
                "DELETE FROM verification_checks WHERE region = $region AND identity = $name", transaction, ct, ("$region", region), ("$name", name));
            return deleted > 0;
        }, ct);

    public Task<ConfirmationOutcome> ConfirmEmailAsync(string token, long nowMs, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            string region, identity;
            long expiresAt;
            await using (var command = connection.Command(
                "SELECT region, identity, expires_at FROM email_tokens WHERE token = $token", transaction, ("$token", token)))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct))
                {
                    return new ConfirmationOutcome(ConfirmationResult.Unknown, null, null);
                }

                (region, identity, expiresAt) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            }

            var record = await ReadOneAsync(connection, transaction, region, identity, ct);
            if (record is null)
            {
                return new ConfirmationOutcome(ConfirmationResult.Unknown, null, null);
            }

            if (record.Status != VerificationStatus.Success && nowMs >= expiresAt)
            {
                return new ConfirmationOutcome(ConfirmationResult.Expired, region, identity);
            }

            await connection.ExecuteAsync(
                "UPDATE identities SET status = 'Success' WHERE region = $region AND name = $name",
                transaction, ct, ("$region", region), ("$name", identity));
            return new ConfirmationOutcome(ConfirmationResult.Confirmed, region, identity);
        }, ct);

    public Task<bool> SetMailFromAsync(string region, string name, string? mailFromDomain, string behavior, long nowMs, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(
                """
                UPDATE identities SET mail_from_domain = $domain, mail_from_behavior = $behavior,
                    mail_from_status = CASE WHEN $domain IS NULL THEN NULL ELSE 'Pending' END,
                    mail_from_started_at = CASE WHEN $domain IS NULL THEN NULL ELSE $now END
                WHERE region = $region AND name = $name
                """,
                transaction, ct, ("$domain", mailFromDomain), ("$behavior", behavior), ("$now", nowMs), ("$region", region), ("$name", name)) > 0,
            ct);

    /// <summary>Every identity with a DNS check still to do: a Pending domain, Pending DKIM or a Pending MAIL FROM domain.</summary>
    public Task<IReadOnlyList<IdentityRecord>> ListAwaitingDnsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<IdentityRecord>>(async connection =>
        {
            await using var command = connection.Command(
                $"""
                SELECT {Columns} FROM identities
                WHERE (type = 'Domain' AND (status = 'Pending' OR dkim_status = 'Pending')) OR mail_from_status = 'Pending'
                """,
                null);
            var records = new List<IdentityRecord>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                records.Add(Map(reader));
            }

            return records;
        }, ct);

    public Task<int> RecordDnsFindingsAsync(string region, string name, bool domainVerified, bool dkimVerified, bool mailFromVerified, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(
                """
                UPDATE identities SET
                    status = CASE WHEN ($domain OR $dkim) AND status = 'Pending' THEN 'Success' ELSE status END,
                    dkim_status = CASE WHEN $dkim AND dkim_status = 'Pending' THEN 'Success' ELSE dkim_status END,
                    mail_from_status = CASE WHEN $mailFrom AND mail_from_status = 'Pending' THEN 'Success' ELSE mail_from_status END
                WHERE region = $region AND name = $name
                """,
                transaction, ct, ("$domain", domainVerified), ("$dkim", dkimVerified), ("$mailFrom", mailFromVerified), ("$region", region), ("$name", name)),
            ct);

    /// <summary>Persists Failed for every verification whose window has passed.</summary>
    public Task<int> ExpireAsync(long nowMs, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var email = (long)VerificationStatus.EmailLinkLifetime.TotalMilliseconds;
            var dns = (long)VerificationStatus.DnsVerificationWindow.TotalMilliseconds;
            var changed = await connection.ExecuteAsync(
                """
                UPDATE identities SET status = 'Failed'
                WHERE status = 'Pending' AND started_at + CASE WHEN type = 'Domain' THEN $dns ELSE $email END <= $now
                """,
                transaction, ct, ("$dns", dns), ("$email", email), ("$now", nowMs));
            changed += await connection.ExecuteAsync(
                "UPDATE identities SET dkim_status = 'Failed' WHERE dkim_status = 'Pending' AND dkim_started_at + $dns <= $now",
                transaction, ct, ("$dns", dns), ("$now", nowMs));
            changed += await connection.ExecuteAsync(
                "UPDATE identities SET mail_from_status = 'Failed' WHERE mail_from_status = 'Pending' AND mail_from_started_at + $dns <= $now",
                transaction, ct, ("$dns", dns), ("$now", nowMs));
            return changed;
        }, ct);

    private static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string region, string name, string type, string token, long nowMs, CancellationToken ct) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO identities (region, name, type, status, token, created_at, started_at)
            VALUES ($region, $name, $type, 'Pending', $token, $now, $now)
            """,
            transaction, ct, ("$region", region), ("$name", name), ("$type", type), ("$token", token), ("$now", nowMs));

    private static async Task<IdentityRecord?> ReadOneAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string region, string name, CancellationToken ct)
    {
        await using var command = connection.Command(
            $"SELECT {Columns} FROM identities WHERE region = $region AND name = $name", transaction, ("$region", region), ("$name", name));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Map(reader) : null;
    }

    private static IdentityRecord Map(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetInt64(5),
        reader.GetInt64(6),
        reader.GetInt64(7) != 0,
        reader.GetString(8),
        reader.NullableString(9)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
        reader.NullableInt64(10),
        reader.NullableString(11),
        reader.GetString(12),
        reader.NullableString(13),
        reader.NullableInt64(14));
}
