using SesConsole.LocalSes;

namespace SesConsole.Web.Local;

public static class LocalModeConfiguration
{
    /// <summary>
    /// In Development, reads the repository root's <c>appsettings.Development.json</c> (the local-mode settings shared
    /// with standalone LocalSes) beneath this project's own; see <see cref="LocalModeSettings"/>.
    /// </summary>
    public static void AddLocalModeSettings(this IConfigurationBuilder configuration, IHostEnvironment environment) =>
        configuration.AddRepositoryLocalSettings(environment);
}
