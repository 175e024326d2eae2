using System.Text.Json;

namespace SesConsole.Web.Audit;

/// <summary>The end of one attempt that could not be written to the database when it happened.</summary>
public sealed record QueuedCompletion(long AttemptId, string Outcome, string? Detail, string? SesRequestId, DateTimeOffset QueuedAt);

/// <summary>
/// Audit completions waiting for the database, one small JSON file each in a folder beside it: a file survives a
/// restart, and writing one needs no database lock. Files are written whole (temp file, then rename) and removed
/// only once their row is updated.
/// </summary>
public sealed class AuditCompletionQueue(string folder)
{
    public string Folder { get; } = folder;

    public async Task EnqueueAsync(QueuedCompletion completion)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{completion.QueuedAt.UtcTicks:D20}-{completion.AttemptId:D12}-{Guid.NewGuid():N}";
        var temp = Path.Combine(Folder, name + ".tmp");
        await File.WriteAllBytesAsync(temp, JsonSerializer.SerializeToUtf8Bytes(completion));
        File.Move(temp, Path.Combine(Folder, name + ".json"));
    }

    /// <summary>Queued completions, oldest first.</summary>
    public IReadOnlyList<string> Pending() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];

    public static async Task<QueuedCompletion?> ReadAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<QueuedCompletion>(stream, cancellationToken: cancellationToken);
    }
}
