namespace SesConsole.LocalSes.Storage;

/// <summary>The last verification check per domain and region; a success is remembered through later failures.</summary>
internal sealed class VerificationCheckStore(SesDatabase database)
{
    public Task<VerificationCheck?> GetAsync(string region, string identity, CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command(
                """
                SELECT checked_at, success_at, error_type, soa_primary, soa_admin, soa_serial
                FROM verification_checks WHERE region = $region AND identity = $identity
                """,
                null, ("$region", region), ("$identity", identity));
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new VerificationCheck(
                    reader.GetInt64(0), reader.NullableInt64(1), reader.NullableString(2), reader.NullableString(3), reader.NullableString(4), reader.NullableInt64(5))
                : null;
        }, ct);

    /// <summary>Records one check at <paramref name="checkedAt"/>: a null <paramref name="errorType"/> is a success.</summary>
    public Task RecordAsync(string region, string identity, long checkedAt, string? errorType, (string Primary, string Admin, long Serial)? soa, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(
                """
                INSERT INTO verification_checks (region, identity, checked_at, success_at, error_type, soa_primary, soa_admin, soa_serial)
                VALUES ($region, $identity, $checked, CASE WHEN $error IS NULL THEN $checked END, $error, $primary, $admin, $serial)
                ON CONFLICT (region, identity) DO UPDATE SET
                    checked_at = excluded.checked_at,
                    success_at = COALESCE(excluded.success_at, verification_checks.success_at),
                    error_type = excluded.error_type,
                    soa_primary = excluded.soa_primary, soa_admin = excluded.soa_admin, soa_serial = excluded.soa_serial
                """,
                transaction,
                ct,
                ("$region", region),
                ("$identity", identity),
                ("$checked", checkedAt),
                ("$error", errorType),
                ("$primary", soa?.Primary),
                ("$admin", soa?.Admin),
                ("$serial", soa?.Serial)),
            ct);
}
