namespace SesConsole.Tests.LocalSes;

/// <summary>A temporary folder shared by several LocalSes instances in one test, deleted at the end.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("localses-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
