using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Listing;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Integration.Core.Identities.Support;

/// <summary>
/// Our real Core, registered as the web app registers it (<c>AddSesConsoleCore</c> over the <c>Ses</c> section),
/// pointed at a LocalSes with its credential.
/// </summary>
internal sealed class CoreServices : IAsyncDisposable
{
    /// <summary>The most the options allow: effectively unpaced, for seeding and for tests about other things.</summary>
    public const double FastRate = 1000;

    private readonly ServiceProvider _provider;
    private readonly List<AsyncServiceScope> _sessions = [];

    private readonly IndexDatabase? _ownIndex;

    private CoreServices(ServiceProvider provider, TestOperator currentOperator, RecordingAuditTrail audit, IndexDatabase? ownIndex)
    {
        _provider = provider;
        _ownIndex = ownIndex;
        Operator = currentOperator;
        Audit = audit;
    }

    public TestOperator Operator { get; }

    public RecordingAuditTrail Audit { get; }

    public ISesClientFactory Factory => _provider.GetRequiredService<ISesClientFactory>();

    public ISesClient Client => Factory.ForRegion(LocalSesEndpoint.Region);

    public ISesV2Client V2Client => _provider.GetRequiredService<ISesV2ClientFactory>().ForRegion(LocalSesEndpoint.Region);

    public IIdentityListingReader Listing => _provider.GetRequiredService<IIdentityListingReader>();
    public ISesPermissions Permissions => _provider.GetRequiredService<ISesPermissions>();

    public IIdentityIndex Index => _provider.GetRequiredService<IIdentityIndex>();

    public IdentityIndexSync Sync => _provider.GetRequiredService<IdentityIndexSync>();

    /// <summary>One full listing of a region into the index (as the background sync does at start).</summary>
    public Task SyncAsync(string region = LocalSesEndpoint.Region) => Sync.ListingPassAsync(region, pending: null, CancellationToken.None);

    public SesConsole.Core.Sns.ISnsClient Sns => _provider.GetRequiredService<SesConsole.Core.Sns.ISnsClientFactory>().ForRegion(LocalSesEndpoint.Region);

    public static CoreServices For(
        LocalSesEndpoint endpoint,
        double requestsPerSecondPerOperation = FastRate,
        IndexDatabase? index = null,
        IDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ses:Mode"] = "Local",
            ["Ses:Regions:0"] = LocalSesEndpoint.Region,
            ["Ses:Regions:1"] = "eu-west-1",
            ["Ses:ServiceUrl"] = endpoint.BaseAddress.ToString(),
            ["Ses:AccessKeyId"] = LocalSesEndpoint.AccessKeyId,
            ["Ses:SecretAccessKey"] = LocalSesEndpoint.SecretAccessKey,
            ["Ses:AccountId"] = LocalSesEndpoint.AccountId,
            ["Ses:RequestsPerSecondPerOperation"] = requestsPerSecondPerOperation.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSesConsoleCore(configuration);
        // The identity index in a real console database (the caller's, or one of its own).
        var ownIndex = index is null ? new IndexDatabase() : null;
        services.AddSingleton<IIdentityIndex>((index ?? ownIndex)!.Index);

        var currentOperator = new TestOperator();
        var audit = new RecordingAuditTrail();
        services.AddSingleton<ICurrentOperator>(currentOperator);
        services.AddSingleton<IAuditTrail>(audit);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new CoreServices(provider, currentOperator, audit, ownIndex);
    }

    /// <summary>An identity service for one operator session, as a Blazor circuit gets it.</summary>
    public IdentitySession NewSession()
    {
        var scope = _provider.CreateAsyncScope();
        _sessions.Add(scope);
        return IdentitySession.From(scope.ServiceProvider);
    }

    /// <summary>One scoped Core service for a new operator session (notifications, test email, ...).</summary>
    public T NewScoped<T>()
        where T : notnull
    {
        var scope = _provider.CreateAsyncScope();
        _sessions.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions)
        {
            await session.DisposeAsync();
        }

        await _provider.DisposeAsync();
        _ownIndex?.Dispose();
    }
}
