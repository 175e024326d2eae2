namespace SesConsole.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The folder holding SesConsole.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SesConsole.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SesConsole.sln was not found above the test binaries.");
    }
}
