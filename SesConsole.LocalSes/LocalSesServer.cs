using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Account;
using SesConsole.LocalSes.Knobs;
using SesConsole.LocalSes.Operations.V2;
using SesConsole.LocalSes.Outbox;
using SesConsole.LocalSes.Permissions;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Signing;
using SesConsole.LocalSes.Sns;
using SesConsole.LocalSes.Storage;
using SesConsole.LocalSes.Verification;

namespace SesConsole.LocalSes;

/// <summary>
/// A running SES-compatible endpoint on a loopback address: v1's Query protocol and v2's REST-JSON identity reads over
/// the same store, SigV4-checked, state in SQLite.
/// Start it with <see cref="StartAsync"/>, point an SES client at <see cref="BaseAddress"/>, dispose it to stop.
/// </summary>
public sealed class LocalSesServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SesDatabase _database;
    private readonly DomainVerificationSweeper _sweeper;
    private readonly RequestCounter _counter;
    private readonly IdentityStore _identities;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private Task _sweepLoop = Task.CompletedTask;
    private int _disposed;

    private LocalSesServer(
        WebApplication app, SesDatabase database, DomainVerificationSweeper sweeper, RequestCounter counter, LocalSesKnobs knobs, ILocalOutbox outbox,
        IdentityStore identities, TimeProvider time)
    {
        _app = app;
        _database = database;
        _sweeper = sweeper;
        _counter = counter;
        _identities = identities;
        _time = time;
        Knobs = knobs;
        Outbox = outbox;
    }

    /// <summary>The http root of the endpoint, ending in '/', with the real port when port 0 was asked for.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public LocalSesKnobs Knobs { get; }

    public ILocalOutbox Outbox { get; }

    /// <summary>
    /// A snapshot of how many requests arrived per Action, or per operation name for SES API v2 (ListEmailIdentities,
    /// GetEmailIdentity); refused ones included, "(none)" when there was no Action or no v2 route.
    /// </summary>
    public IReadOnlyDictionary<string, long> RequestCounts => _counter.Snapshot();

    public void ResetRequestCounts() => _counter.Reset();

    public static async Task<LocalSesServer> StartAsync(LocalSesOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = LocalSesOptionsValidator.Validate(options);
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger("SesConsole.LocalSes");

        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var database = new SesDatabase(options.DatabasePath);
        await database.InitializeAsync(ct);
        var identities = new IdentityStore(database);
        var policies = new PolicyStore(database);
        var sentMail = new SentMailStore(database);
        var account = new LocalSesAccount(
            new NotificationStore(database),
            sentMail,
            new TopicCatalog(options.Topics, options.AccountId),
            options.Sandbox,
            options.SendingEnabled,
            options.EnforcementStatus);
        var counter = new RequestCounter();
        var knobs = new LocalSesKnobs(options.Knobs);
        var dns = new DnsLookup(options.DnsServers.Select(DnsLookup.ParseServer).ToList(), options.DnsLookupTimeout);
        var checks = new VerificationCheckStore(database);
        var sweeper = new DomainVerificationSweeper(identities, checks, dns, options.TimeProvider, logger);
        var secrets = options.Credentials.ToDictionary(c => c.AccessKeyId, c => c.SecretAccessKey, StringComparer.Ordinal);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LocalSesServer).Assembly.GetName().Name,
            EnvironmentName = "LocalSes",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
        builder.Services.AddSingleton(loggerFactory);
        var app = builder.Build();

        LocalSesServer? server = null;
        var verifier = new SigV4Verifier(secrets, ["ses", SnsEndpoint.SigningName], options.TimeProvider);
        var rateLimiter = new SesRateLimiter(options.TimeProvider, knobs);
        var opening = new RequestOpening(verifier, knobs, counter);
        var deniedActions = new DeniedActions(options.Credentials, options.AccountId);
        var ses = new SesEndpoint(
            opening,
            rateLimiter,
            deniedActions,
            identities,
            policies,
            account,
            options.AccountId,
            () => server!.BaseAddress,
            options.TimeProvider,
            logger);
        var sesV2 = new SesRestEndpoint(
            opening,
            rateLimiter,
            deniedActions,
            identities,
            new IdentityListStore(database),
            policies,
            checks,
            account,
            options.TimeProvider,
            logger);

        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
            {
                logger.LogError(ex, "Unexpected failure answering {Method} {Path}", http.Request.Method, http.Request.Path);
                http.Response.Clear();
                if (RestRoutes.IsRestPath(http.Request.Path.Value ?? string.Empty))
                {
                    await SesJson.WriteErrorAsync(http, SesError.InternalServiceError(), Guid.NewGuid().ToString());
                }
                else
                {
                    await SesEndpoint.WriteErrorAsync(http, SesError.InternalFailure(), Guid.NewGuid().ToString());
                }
            }
        });
        app.Run(async http =>
        {
            if (HttpMethods.IsGet(http.Request.Method) && http.Request.Path == "/confirm")
            {
                var outcome = await identities.ConfirmEmailAsync(
                    http.Request.Query["token"].ToString(), options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(), http.RequestAborted);
                var (status, html) = ConfirmationPage.For(outcome);
                http.Response.StatusCode = status;
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(html, Encoding.UTF8, http.RequestAborted);
                return;
            }

            if (RestRoutes.IsRestPath(http.Request.Path.Value ?? string.Empty))
            {
                await sesV2.HandleAsync(http);
                return;
            }

            await ses.HandleAsync(http);
        });

        server = new LocalSesServer(app, database, sweeper, counter, knobs, new OutboxStore(database, sentMail), identities, options.TimeProvider);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            database.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        server.BaseAddress = new UriBuilder("http", endpoint.Address.Equals(IPAddress.IPv6Loopback) ? "[::1]" : endpoint.Address.ToString(), port, "/").Uri;
        if (options.DnsCheckInterval > TimeSpan.Zero)
        {
            server._sweepLoop = sweeper.RunAsync(options.DnsCheckInterval, server._stopping.Token);
        }

        logger.LogInformation("LocalSes listening on {BaseAddress}", server.BaseAddress);
        return server;
    }

    /// <summary>
    /// Puts identities straight into the store, each Pending as if just sent to VerifyEmailIdentity (a name with '@')
    /// or VerifyDomainIdentity, under SES's name rules, but with no request, no signature, no pacing and no
    /// verification mail. For tests and benchmarks that need many identities where the wire is not what they test.
    /// Existing identities are left as they are; returns how many were added.
    /// </summary>
    /// <exception cref="ArgumentException">A name SES would refuse, or an empty region.</exception>
    public Task<int> SeedIdentitiesAsync(string region, IEnumerable<string> identities, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(identities);
        var rows = new List<(string Name, string Type, string Token)>();
        foreach (var identity in identities)
        {
            try
            {
                rows.Add(IdentityNames.LooksLikeEmail(identity)
                    ? (IdentityNames.Email(identity), VerificationStatus.EmailAddress, string.Empty)
                    : (IdentityNames.Domain(identity), VerificationStatus.Domain, TokenGenerator.DomainVerificationToken()));
            }
            catch (SesErrorException ex)
            {
                throw new ArgumentException(ex.Error.Message, nameof(identities), ex);
            }
        }

        return _identities.SeedAsync(region, rows, _time.GetUtcNow().ToUnixTimeMilliseconds(), ct);
    }

    /// <summary>Runs one DNS verification sweep now (expiry included) and returns when it is done.</summary>
    public Task CheckDomainsNowAsync(CancellationToken ct) => _sweeper.SweepAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _sweepLoop;
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _database.Dispose();
        _stopping.Dispose();
    }
}
