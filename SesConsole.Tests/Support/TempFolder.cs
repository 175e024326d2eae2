namespace SesConsole.Tests.Support;

/// <summary>
/// A temporary folder for one test (SQLite files, data-protection keys, LocalSes databases shared by several
/// instances), deleted at the end; pooled SQLite connections are let go first so their files can go too.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sesconsole-test-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
