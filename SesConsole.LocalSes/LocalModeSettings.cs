using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Hosting;

namespace SesConsole.LocalSes;

/// <summary>
/// The repository root's <c>appsettings.Development.json</c>: the one place for local-mode settings (the fake keys,
/// the LocalSes and LocalEntra addresses), read in Development by the web app and by standalone LocalSes. A project's
/// own <c>appsettings.Development.json</c> keeps only what is its own and wins where both say something.
/// </summary>
public static class LocalModeSettings
{
    public const string FileName = "appsettings.Development.json";
    private const string RepositoryMarker = "SesConsole.sln";

    /// <summary>
    /// In Development, adds the root file just before the host's own <c>appsettings.Development.json</c>, so the
    /// project's file, user secrets, the environment and the command line still override it. Elsewhere, or when no
    /// folder above the content root holds the solution, it adds nothing.
    /// </summary>
    public static void AddRepositoryLocalSettings(this IConfigurationBuilder configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsDevelopment() || FindRepositoryRoot(environment.ContentRootPath) is not { } root)
        {
            return;
        }

        var source = new JsonConfigurationSource { Path = Path.Combine(root, FileName), Optional = true };
        source.ResolveFileProvider();
        var sources = configuration.Sources;
        var projectFile = IndexOf(sources, s => s is FileConfigurationSource { Path: FileName });
        var lastFile = IndexOf(sources, s => s is FileConfigurationSource, last: true);
        sources.Insert(projectFile >= 0 ? projectFile : lastFile + 1, source);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the solution file, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, RepositoryMarker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static int IndexOf(IList<IConfigurationSource> sources, Func<IConfigurationSource, bool> match, bool last = false)
    {
        var found = -1;
        for (var i = 0; i < sources.Count; i++)
        {
            if (match(sources[i]))
            {
                found = i;
                if (!last)
                {
                    break;
                }
            }
        }

        return found;
    }
}
