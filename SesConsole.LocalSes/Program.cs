// Standalone LocalSes: `dotnet run --project SesConsole.LocalSes` serves the SES identity API on loopback with the
// LocalSes section of the configuration. Never in Production: it accepts fake credentials and sends no mail.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SesConsole.LocalSes;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
        ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
        ?? Environments.Production,
});
using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SesConsole.LocalSes");

if (builder.Environment.IsProduction())
{
    logger.LogCritical(
        "LocalSes refuses to start in the Production environment: it is a local test double of Amazon SES. Set ASPNETCORE_ENVIRONMENT=Development to run it");
    return 1;
}

var options = new LocalSesOptions { LoggerFactory = host.Services.GetRequiredService<ILoggerFactory>() };
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
