using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.DependencyInjection;
using SesConsole.LocalSes;
using SesConsole.Tests.Support;
using SesConsole.Web.Local;

namespace SesConsole.Tests.Unit.Web;

/// <summary>
/// The committed Development settings, as the web app and standalone LocalSes read them: the root file plus each
/// project's own, giving the same local mode as when each project carried a full copy.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class LocalModeConfigurationTests
{
    private const string AccessKeyId = "AKIALOCALSES0000000";
    private const string SecretAccessKey = "LocalSesFakeSecretKeyNotForAws0000000000";

    [Fact]
    public void TheWebAppInDevelopmentTalksToItsEmbeddedLocalSesWithTheFakeKeys()
    {
        var contentRoot = Path.Combine(RepositoryPaths.Root, "SesConsole.Web");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = contentRoot });
        builder.Configuration.AddLocalModeSettings(builder.Environment);
        builder.Services.AddSesConsoleCore(builder.Configuration);
        builder.Services.AddLocalModeIfEnabled(builder.Configuration, builder.Environment);
        using var services = builder.Services.BuildServiceProvider();

        var ses = services.GetRequiredService<IOptions<SesOptions>>().Value;
        var localSes = services.GetRequiredService<LocalSesOptions>();

        Assert.Equal(SesMode.Local, ses.Mode);
        Assert.Equal(["us-east-1", "eu-west-1", "eu-central-1"], ses.Regions);
        Assert.Equal("http://127.0.0.1:4579", ses.ServiceUrl);
        Assert.Equal(AccessKeyId, ses.AccessKeyId);
        Assert.Equal(SecretAccessKey, ses.SecretAccessKey);
        Assert.Equal("123456789012", ses.AccountId);
        Assert.Equal("http://127.0.0.1:4579", localSes.Url);
        Assert.Equal(Path.Combine(contentRoot, "App_Data/localses.db"), localSes.DatabasePath);
        Assert.Equal((AccessKeyId, SecretAccessKey), (localSes.Credentials.Single().AccessKeyId, localSes.Credentials.Single().SecretAccessKey));
        Assert.Equal(TimeSpan.FromSeconds(30), localSes.DnsCheckInterval);
        Assert.Equal("http://127.0.0.1:5299/", builder.Configuration["AzureAd:Instance"]);
        Assert.Equal("sesconsole-local", builder.Configuration["AzureAd:ClientId"]);
        Assert.Equal("Data Source=App_Data/sesconsole.db", builder.Configuration.GetConnectionString("SesConsole"));
        Assert.Equal("Warning", builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"]);
    }

    [Fact]
    public void StandaloneLocalSesInDevelopmentServesTheSameAddressAndKeys()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Path.Combine(RepositoryPaths.Root, "SesConsole.LocalSes"),
            EnvironmentName = "Development",
        });
        builder.Configuration.AddRepositoryLocalSettings(builder.Environment);

        var options = new LocalSesOptions();
        builder.Configuration.GetSection(LocalSesOptions.SectionName).Bind(options);

        Assert.Equal("http://127.0.0.1:4579", options.Url);
        Assert.Equal("123456789012", options.AccountId);
        Assert.Equal((AccessKeyId, SecretAccessKey), (options.Credentials.Single().AccessKeyId, options.Credentials.Single().SecretAccessKey));
        Assert.Equal(".localses/localses.db", options.DatabasePath);
        Assert.Equal(TimeSpan.FromMinutes(1), options.DnsCheckInterval);
    }

    [Fact]
    public void TheFakeKeysAreWrittenOnceInTheRepositorysSettings()
    {
        var settings = Directory.EnumerateFiles(RepositoryPaths.Root, "appsettings*.json", SearchOption.AllDirectories)
            .Where(path => !IgnoredFolder().IsMatch(path))
            .ToList();

        var mentions = settings.Sum(path => Regex.Matches(File.ReadAllText(path), AccessKeyId).Count);

        Assert.Contains(settings, path => path == Path.Combine(RepositoryPaths.Root, LocalModeSettings.FileName));
        Assert.Equal(1, mentions);
    }

    [GeneratedRegex(@"[\\/](bin|obj|node_modules|artifacts)[\\/]")]
    private static partial Regex IgnoredFolder();
}
