using SesConsole.Core.Configuration;
using SesConsole.LocalSes;

namespace SesConsole.Web.Local;

public static class LocalModeServiceCollectionExtensions
{
    /// <summary>
    /// In Local mode (the Development default) hosts LocalSes from the <c>LocalSes</c> section and offers its outbox
    /// as the local mailbox. Refused in Production: LocalSes accepts fake keys and sends no mail.
    /// </summary>
    public static IServiceCollection AddLocalModeIfEnabled(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = configuration.GetSection(SesOptions.SectionName).GetValue<SesMode>(nameof(SesOptions.Mode));
        if (mode != SesMode.Local)
        {
            return services;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Configuration value 'Ses:Mode' is 'Local' in Production; the local SES sandbox may not run there. Use 'Aws'.");
        }

        var options = new LocalSesOptions();
        configuration.GetSection(LocalSesOptions.SectionName).Bind(options);
        options.DatabasePath = Path.Combine(environment.ContentRootPath, options.DatabasePath);
        services.AddSingleton(options);
        services.AddSingleton<EmbeddedLocalSes>();
        services.AddHostedService(sp => sp.GetRequiredService<EmbeddedLocalSes>());
        services.AddSingleton<ILocalMailbox, LocalSesMailbox>();
        return services;
    }
}
