using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SesConsole.Core.Operators;
using SesConsole.Core.Jobs;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support;
using SesConsole.Web.Jobs;
using SesConsole.Web.Security.Sessions;

namespace SesConsole.Tests.Integration.Core.Jobs;

/// <summary>Core over a LocalSes with bulk jobs kept in a real console database (the index's SQLite file), as the
/// web app registers them, and runners started and stopped by the test.</summary>
internal sealed class BulkJobHarness : IAsyncDisposable
{
    private readonly IndexDatabase _database = new();
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly List<(CancellationTokenSource Stop, Task Run)> _runners = [];

    private BulkJobHarness(LocalSesEndpoint ses, double rate)
    {
        Ses = ses;
        Store = new EfBulkJobStore(_database.Contexts);
        Sessions = new EfTicketStore(
            _database.Contexts, new EphemeralDataProtectionProvider(), Options.Create(new SessionOptions()), TimeProvider.System);
        Core = CoreServices.For(ses, rate, _database, new Dictionary<string, string?> { ["Jobs:PollInterval"] = "00:00:00.100" }, services =>
        {
            services.AddSingleton<IBulkJobStore>(Store);
            services.AddBulkJobs();
        });
    }

    public LocalSesEndpoint Ses { get; }

    public CoreServices Core { get; }

    public EfBulkJobStore Store { get; }

    /// <summary>The web app's server-side sessions in the same console database.</summary>
    public EfTicketStore Sessions { get; }

    public IBulkJobs Jobs => Core.NewScoped<IBulkJobs>();

    public static async Task<BulkJobHarness> StartAsync(double rate = CoreServices.FastRate, bool enforceSesRate = false)
    {
        var ses = await LocalSesEndpoint.StartAsync(o => o.Knobs.EnforceSesRateLimit = enforceSesRate);
        return new BulkJobHarness(ses, rate);
    }

    /// <summary>A runner of its own (as after a restart of the app: a new holder), until <see cref="StopRunnerAsync"/>.</summary>
    /// <param name="checksSignIn">Whether the runner asks <see cref="Sessions"/> if a job's starter is still signed in, as the web app's does.</param>
    public BulkJobRunner StartRunner(bool checksSignIn = false)
    {
        var runner = new BulkJobRunner(
            Store,
            Core.Get<IServiceScopeFactory>(),
            TimeProvider.System,
            Core.Get<IOptions<BulkJobOptions>>(),
            Core.Get<Microsoft.Extensions.Logging.ILogger<BulkJobRunner>>(),
            checksSignIn ? Sessions : null);
        var stop = new CancellationTokenSource();
        _runners.Add((stop, Task.Run(() => runner.RunAsync(stop.Token))));
        return runner;
    }

    /// <summary>Stops the newest runner as the host does at shutdown, and waits until it has.</summary>
    public async Task StopRunnerAsync()
    {
        var (stop, run) = _runners[^1];
        await stop.CancelAsync();
        await run.WaitAsync(Patience);
    }

    /// <summary>Waits until the job has ended (the store says so), failing the test after a generous time.</summary>
    public Task<BulkJobDetail> EndedAsync(Guid id) =>
        WhenAsync(id, job => job.Summary.State != BulkJobState.Running);

    /// <summary>Waits until the stored job satisfies <paramref name="condition"/>, re-reading it at each change.</summary>
    public async Task<BulkJobDetail> WhenAsync(Guid id, Func<BulkJobDetail, bool> condition)
    {
        var changed = new SemaphoreSlim(0);
        void OnChanged(object? sender, BulkJobChanged e)
        {
            if (e.JobId == id)
            {
                changed.Release();
            }
        }

        Store.Changed += OnChanged;
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (true)
            {
                var job = await Store.GetAsync(id, CancellationToken.None);
                if (job is not null && condition(job))
                {
                    return job;
                }

                try
                {
                    await changed.WaitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    Assert.Fail($"Job {id} never got there: {job?.Summary}");
                }
            }
        }
        finally
        {
            Store.Changed -= OnChanged;
        }
    }

    /// <summary>Signs <paramref name="person"/> in as the web app does (a session row); returns the session's key.</summary>
    public Task<string> SignInAsync(OperatorInfo person)
    {
        var identity = new ClaimsIdentity([new Claim("oid", person.ObjectId), new Claim(ClaimTypes.Name, person.Name)], "Test", ClaimTypes.Name, ClaimTypes.Role);
        return Sessions.StoreAsync(new AuthenticationTicket(new ClaimsPrincipal(identity), CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (stop, run) in _runners)
        {
            await stop.CancelAsync();
            await run.WaitAsync(Patience).ContinueWith(_ => { }, TaskScheduler.Default);
            stop.Dispose();
        }

        await Core.DisposeAsync();
        await Ses.DisposeAsync();
        _database.Dispose();
    }

}
