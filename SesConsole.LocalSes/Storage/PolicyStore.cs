namespace SesConsole.LocalSes.Storage;

/// <summary>Sending-authorization policies per identity and region.</summary>
internal sealed class PolicyStore(SesDatabase database)
{
    public const int MaxPoliciesPerIdentity = 20;

    /// <summary>Adds or replaces a policy; false when the identity already has the maximum number of other policies.</summary>
    public Task<bool> PutAsync(string region, string identity, string name, string document, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var others = (long)(await connection.ScalarAsync(
                "SELECT COUNT(*) FROM policies WHERE region = $region AND identity = $identity AND name <> $name",
                transaction, ct, ("$region", region), ("$identity", identity), ("$name", name)) ?? 0L);
            if (others >= MaxPoliciesPerIdentity)
            {
                return false;
            }

            await connection.ExecuteAsync(
                """
                INSERT INTO policies (region, identity, name, document) VALUES ($region, $identity, $name, $document)
                ON CONFLICT (region, identity, name) DO UPDATE SET document = excluded.document
                """,
                transaction, ct, ("$region", region), ("$identity", identity), ("$name", name), ("$document", document));
            return true;
        }, ct);

    public Task<IReadOnlyDictionary<string, string>> GetAsync(string region, string identity, IReadOnlyCollection<string> names, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyDictionary<string, string>>(async connection =>
        {
            var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                if (await connection.ScalarAsync(
                        "SELECT document FROM policies WHERE region = $region AND identity = $identity AND name = $name",
                        null, ct, ("$region", region), ("$identity", identity), ("$name", name)) is string document)
                {
                    found[name] = document;
                }
            }

            return found;
        }, ct);

    public Task<IReadOnlyList<string>> ListNamesAsync(string region, string identity, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<string>>(async connection =>
        {
            await using var command = connection.Command(
                "SELECT name FROM policies WHERE region = $region AND identity = $identity ORDER BY name",
                null, ("$region", region), ("$identity", identity));
            var names = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }, ct);

    public Task<int> DeleteAsync(string region, string identity, string name, CancellationToken ct) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "DELETE FROM policies WHERE region = $region AND identity = $identity AND name = $name",
                transaction, ct, ("$region", region), ("$identity", identity), ("$name", name)),
            ct);
}
