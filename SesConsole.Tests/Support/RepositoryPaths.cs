using SesConsole.LocalSes;

namespace SesConsole.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The folder holding SesConsole.sln, found upwards from the test binaries (as the apps find it).</summary>
    public static string Root { get; } = LocalModeSettings.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("SesConsole.sln was not found above the test binaries.");
}
