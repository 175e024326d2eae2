using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SesConsole.LocalSes;

/// <summary>
/// Standalone LocalSes: <c>dotnet run --project SesConsole.LocalSes</c> serves the SES identity API on loopback with
/// the LocalSes section of the configuration. Never in Production: it accepts fake credentials and sends no mail.
/// (An explicit Main, not top-level statements, so no public Program type clashes with the web app's.)
/// </summary>
internal static class LocalSesProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                ?? Environments.Production,
        });
        builder.Configuration.AddRepositoryLocalSettings(builder.Environment);
        using var host = builder.Build();
        var loggerFactory = host.Services.GetRequiredService<ILoggerFactory>();
        var logger = loggerFactory.CreateLogger("SesConsole.LocalSes");

        if (builder.Environment.IsProduction())
        {
            logger.LogCritical(
                "LocalSes refuses to start in the Production environment: it is a local test double of Amazon SES. Set ASPNETCORE_ENVIRONMENT=Development to run it");
            return 1;
        }

        var options = new LocalSesOptions { LoggerFactory = loggerFactory };
        builder.Configuration.GetSection(LocalSesOptions.SectionName).Bind(options);

        LocalSesServer server;
        try
        {
            server = await LocalSesServer.StartAsync(options, CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogCritical("LocalSes did not start: {Reason}", ex.Message);
            return 2;
        }

        await using (server)
        {
            await host.RunAsync();
        }

        return 0;
    }
}
