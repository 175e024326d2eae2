using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Configuration;
using SesConsole.Core.DependencyInjection;
using SesConsole.Core.Ses;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

[Trait("Category", "Integration")]
public sealed class SesClientFactoryTests
{
    private static ServiceProvider BuildProvider(string serviceUrl, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ses:Mode"] = "Local",
            ["Ses:Regions:0"] = "eu-west-1",
            ["Ses:Regions:1"] = "us-east-1",
            ["Ses:ServiceUrl"] = serviceUrl,
            ["Ses:AccessKeyId"] = SigV4Check.AccessKeyId,
            ["Ses:SecretAccessKey"] = SigV4Check.SecretAccessKey,
            ["Ses:RequestsPerSecondPerOperation"] = "1000",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddOptions<SesOptions>().Bind(configuration.GetSection(SesOptions.SectionName));
        services.AddSesClient();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void FactoryIsASingletonAndCachesOneClientPerRegion()
    {
        using var provider = BuildProvider("http://127.0.0.1:1/");
        var factory = provider.GetRequiredService<ISesClientFactory>();

        var first = factory.ForRegion("eu-west-1");

        Assert.Same(factory, provider.GetRequiredService<ISesClientFactory>());
        Assert.Same(first, factory.ForRegion("eu-west-1"));
        Assert.NotSame(first, factory.ForRegion("us-east-1"));
        Assert.Equal("eu-west-1", first.Region);
        Assert.Equal("us-east-1", factory.ForRegion("us-east-1").Region);
    }

    [Fact]
    public void AddSesClientKeepsATimeProviderRegisteredBefore()
    {
        var services = new ServiceCollection();
        var custom = new ObservableTimeProvider();
        services.AddSingleton<TimeProvider>(custom);

        services.AddSesClient();

        Assert.Same(custom, services.BuildServiceProvider().GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void EmptyRegionIsRefused(string region)
    {
        using var provider = BuildProvider("http://127.0.0.1:1/");

        Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ISesClientFactory>().ForRegion(region));
    }

    [Fact]
    public async Task MaxErrorRetryIsReadFromTheSesSection()
    {
        await using var ses = await LoopbackSes.StartAsync((_, number) => SesReply.Throttling($"t{number}"));
        using var provider = BuildProvider(ses.Url, ("Ses:MaxErrorRetry", "0"));

        var error = await Assert.ThrowsAsync<SesCallException>(() => provider.GetRequiredService<ISesClientFactory>()
            .ForRegion("eu-west-1").ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None));

        Assert.Equal("Throttling", error.ErrorCode);
        Assert.Equal(1, ses.RequestCount);
    }

    [Fact]
    public async Task FailedCallIsLoggedWithCodeAndRequestIdButNotTheKeys()
    {
        await using var ses = await LoopbackSes.StartAsync(_ =>
            SesReply.Error(System.Net.HttpStatusCode.BadRequest, "InvalidParameterValue", "bad", "req-42"));
        var sink = new ListLoggerProvider();
        var settings = new Dictionary<string, string?>
        {
            ["Ses:Regions:0"] = "eu-west-1", ["Ses:ServiceUrl"] = ses.Url,
            ["Ses:AccessKeyId"] = SigV4Check.AccessKeyId, ["Ses:SecretAccessKey"] = SigV4Check.SecretAccessKey,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Debug));
        services.AddOptions<SesOptions>().Bind(configuration.GetSection(SesOptions.SectionName));
        services.AddSesClient();
        using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<SesCallException>(() => provider.GetRequiredService<ISesClientFactory>()
            .ForRegion("eu-west-1").DeleteIdentityAsync("example.com", CancellationToken.None));

        var line = Assert.Single(sink.Messages, m => m.Contains("DeleteIdentity", StringComparison.Ordinal));
        Assert.Contains("InvalidParameterValue", line, StringComparison.Ordinal);
        Assert.Contains("req-42", line, StringComparison.Ordinal);
        Assert.DoesNotContain(sink.Messages, m => m.Contains(SigV4Check.SecretAccessKey, StringComparison.Ordinal));
    }
}
