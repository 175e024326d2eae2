using SesConsole.Core.Configuration;
using SesConsole.Core.Dns;
using SesConsole.LocalSes;
using SesConsole.Web.Hosting;
using SesConsole.Web.Security;

namespace SesConsole.Web.Local;

public static class LocalModeServiceCollectionExtensions
{
    /// <summary>
    /// In Local mode (the Development default) hosts LocalSes from the <c>LocalSes</c> section, points the console's
    /// SES client at it unless the <c>Ses</c> section says otherwise, and offers its outbox as the local mailbox.
    /// Refused outside Development and Testing (the same rule as the sign-in relaxations): LocalSes accepts fake keys
    /// and sends no mail.
    /// </summary>
    public static IServiceCollection AddLocalModeIfEnabled(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = configuration.GetSection(SesOptions.SectionName).GetValue<SesMode>(nameof(SesOptions.Mode));
        if (mode != SesMode.Local)
        {
            return services;
        }

        if (!LocalSignInRelaxations.IsLocalEnvironment(environment))
        {
            throw new StartupRefusedException(
                $"Configuration value 'Ses:Mode' is 'Local' in {environment.EnvironmentName}; the local SES sandbox may only run in Development or Testing. Use 'Aws'.");
        }

        var options = new LocalSesOptions();
        configuration.GetSection(LocalSesOptions.SectionName).Bind(options);
        options.DatabasePath = Path.Combine(environment.ContentRootPath, options.DatabasePath);
        if (options.DnsServers.Count == 0)
        {
            // One DNS setting for the console: the live check and LocalSes's own verification ask the same servers,
            // so publishing a record there verifies a local domain. LocalSes:DnsServers still wins when set.
            options.DnsServers = configuration.GetSection($"{DnsCheckOptions.SectionName}:{nameof(DnsCheckOptions.Servers)}").Get<List<string>>() ?? [];
        }

        // The console's client talks to the LocalSes it hosts: its address, first fake key and account id are the
        // defaults of the Ses section, so the local keys are written once (LocalSes:Credentials).
        services.PostConfigure<SesOptions>(ses =>
        {
            ses.ServiceUrl ??= options.Url;
            ses.AccountId ??= options.AccountId;
            if (ses.AccessKeyId is null && options.Credentials.FirstOrDefault() is { } key)
            {
                ses.AccessKeyId = key.AccessKeyId;
                ses.SecretAccessKey ??= key.SecretAccessKey;
            }
        });
        services.AddSingleton(options);
        services.AddSingleton<EmbeddedLocalSes>();
        services.AddHostedService(sp => sp.GetRequiredService<EmbeddedLocalSes>());
        services.AddSingleton<ILocalMailbox, LocalSesMailbox>();
        return services;
    }
}
