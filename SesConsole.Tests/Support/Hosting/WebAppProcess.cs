using System.Diagnostics;

namespace SesConsole.Tests.Support.Hosting;

/// <summary>The real web process: SesConsole.Web.dll from the build output, started with <c>dotnet</c> and configured
/// by environment variables only (a test that must kill it, or see how it exits, needs a process of its own).</summary>
public static class WebAppProcess
{
    /// <summary>The web app's own build output, in the configuration these tests were built in.</summary>
    public static string Dll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "SesConsole.Web", "bin", configuration, "net10.0", "SesConsole.Web.dll");
        Assert.True(File.Exists(dll), $"Build the web app first: {dll} is missing.");
        return dll;
    }

    /// <summary>How to start the web process in <paramref name="environment"/> with these settings (<c>Section:Key</c>
    /// names; the last value of a key wins), its output redirected.</summary>
    public static ProcessStartInfo StartInfo(string environment, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var dll = Dll();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        foreach (var (key, value) in settings.GroupBy(p => p.Key).Select(g => g.Last()))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }
}
