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

    /// <summary>
    /// Takes this folder for the caller until the lock is disposed; an instance already holding it (this process or
    /// another) makes it throw, naming the setting that keeps instances apart.
    /// </summary>
    public IDisposable Lock()
    {
        Directory.CreateDirectory(Folder);
        try
        {
            return new FileStream(Path.Combine(Folder, "owner.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"The audit queue folder {Folder} is in use by another running instance; give each instance its own " +
                $"'{AuditQueueFolder.InstanceIdKey}' (or '{AuditQueueFolder.FolderKey}').", ex);
        }
    }

    public static async Task<QueuedCompletion?> ReadAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<QueuedCompletion>(stream, cancellationToken: cancellationToken);
    }
}
