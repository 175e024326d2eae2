using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Listing;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Identities;

namespace SesConsole.Tests.Unit.Core.Identities;

[Trait("Category", "Unit")]
public class RegistrationTests
{
    [Fact]
    public async Task EachScopeGetsItsOwnServiceOverOneSharedIndexAndSync()
    {
        var ses = new InMemorySesFactory();
        ses["us-east-1"].Seed("example.com");
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddOptions<SesOptions>().Configure(o => o.Regions = ["us-east-1"]);
        services.AddSingleton<ISesClientFactory>(ses);
        services.AddSingleton<ISesV2ClientFactory>(new RefusingSesV2Factory());
        services.AddSingleton<IIdentityListingReader, IdentityListingReader>();
        services.AddSingleton<IAuditTrail, RecordingAuditTrail>();
        services.AddScoped<ICurrentOperator, SettableCurrentOperator>();
        using var database = new IndexDatabase();
        services.AddSingleton<IIdentityIndex>(database.Index);
        services.AddIdentityService();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await using var first = provider.CreateAsyncScope();
        await using var second = provider.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<IIdentityReads>();
        var b = second.ServiceProvider.GetRequiredService<IIdentityReads>();
        await provider.GetRequiredService<IdentityIndexSync>().FullPassAsync("us-east-1", pending: null, CancellationToken.None);
        await a.ListAsync("us-east-1", new IdentityQuery(), CancellationToken.None);
        var page = await b.ListAsync("us-east-1", new IdentityQuery(), CancellationToken.None);

        Assert.NotSame(a, b);
        Assert.Same(first.ServiceProvider.GetRequiredService<IdentityIndexSync>(), second.ServiceProvider.GetRequiredService<IdentityIndexSync>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal("example.com", Assert.Single(page.Value!.Items).Name);
        // One listing by the sync; the two sessions' lists asked SES nothing.
        Assert.Equal(1, ses["us-east-1"].Calls("ListIdentities"));
    }
}
