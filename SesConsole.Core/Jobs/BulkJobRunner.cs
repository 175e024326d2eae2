using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;

namespace SesConsole.Core.Jobs;

/// <summary>
/// Works through stored jobs one line at a time, each line one change through <see cref="IIdentityChanges"/> (paced by
/// the SES client's pacer, audited by the change gate). Holds a job by its lease, renewed before every line; at
/// shutdown it finishes the line in flight, gives the lease up, and the next runner (this instance after a restart,
/// or another) goes on from the first waiting line. An operator's cancel stops before the next line and cancels the
/// call in flight.
/// <para>
/// A job acts with the role its starter had when it started, and only while its starter is signed in: before each
/// line the runner asks the host (<see cref="IOperatorPresence"/>) whether the starter still has a live session; once
/// they have none (signed out everywhere, ended by an Admin, expired), the job stops and its waiting lines are marked
/// <see cref="StarterSignedOut"/>. Signing in again before the next line lets it go on.
/// </para>
/// </summary>
public sealed class BulkJobRunner : IDisposable
{
    /// <summary>What a line not run because its starter signed out says.</summary>
    public const string StarterSignedOut = "Not run: the operator who started the job signed out.";

    private const int LinesPerRead = 50;

    private readonly IBulkJobStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly BulkJobOptions _options;
    private readonly ILogger<BulkJobRunner> _logger;
    private readonly IOperatorPresence? _presence;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _lineLock = new();
    private (Guid JobId, CancellationTokenSource Cancel)? _lineInFlight;

    /// <param name="presence">The host's sign-ins; without one (a host with no sessions) jobs do not check.</param>
    public BulkJobRunner(
        IBulkJobStore store,
        IServiceScopeFactory scopes,
        TimeProvider time,
        IOptions<BulkJobOptions> options,
        ILogger<BulkJobRunner> logger,
        IOperatorPresence? presence = null)
    {
        _presence = presence;
        _store = store;
        _scopes = scopes;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _store.Changed += OnJobChanged;
    }

    /// <summary>Who holds a lease: this runner in this process.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Runs jobs until <paramref name="stopping"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            BulkJobRun? job = null;
            try
            {
                job = await _store.TryClaimAsync(Holder, _time.GetUtcNow(), _options.LeaseDuration, stopping).ConfigureAwait(false);
                if (job is not null)
                {
                    await RunJobAsync(job, stopping).ConfigureAwait(false);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Bulk job {JobId} could not be worked on; trying again shortly", job?.Id);
            }

            try
            {
                await _wake.WaitAsync(_options.PollInterval, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public void Dispose()
    {
        _store.Changed -= OnJobChanged;
        _wake.Dispose();
    }

    private async Task RunJobAsync(BulkJobRun job, CancellationToken stopping)
    {
        _logger.LogInformation("Bulk job {JobId} ({Kind} in {Region} for {Operator}) taken by {Holder}", job.Id, job.Kind, job.Region, job.Operator.Name, Holder);
        try
        {
            await WorkOnAsync(job, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped between two reads of the store: the job is left to the next runner at once, not after the lease.
            await _store.ReleaseAsync(job.Id, Holder, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task WorkOnAsync(BulkJobRun job, CancellationToken stopping)
    {
        while (true)
        {
            var lines = await _store.WaitingLinesAsync(job.Id, LinesPerRead, stopping).ConfigureAwait(false);
            if (lines.Count == 0)
            {
                await _store.EndAsync(job.Id, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                return;
            }

            foreach (var line in lines)
            {
                if (stopping.IsCancellationRequested)
                {
                    await _store.ReleaseAsync(job.Id, Holder, CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                var held = await _store.RenewAsync(job.Id, Holder, _time.GetUtcNow(), _options.LeaseDuration, stopping).ConfigureAwait(false);
                if (held is null)
                {
                    _logger.LogWarning("Bulk job {JobId}: the lease went to another runner; leaving it to them", job.Id);
                    return;
                }

                if (held.CancelRequested)
                {
                    await _store.EndAsync(job.Id, _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                if (_presence is not null && !await _presence.IsSignedInAsync(job.Operator.ObjectId, stopping).ConfigureAwait(false))
                {
                    _logger.LogWarning(
                        "Bulk job {JobId} stopped before line {Line}: {Operator}, who started it, is no longer signed in", job.Id, line.Number, job.Operator.Name);
                    await _store.StopAsync(job.Id, _time.GetUtcNow(), StarterSignedOut, CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                await RunLineAsync(job, line).ConfigureAwait(false);
            }
        }
    }

    private async Task RunLineAsync(BulkJobRun job, BulkJobLine line)
    {
        // Not the stopping token: a line in flight at shutdown is finished (it has SES's time limit), so it is
        // neither lost nor sent twice. Only the operator's cancel stops it.
        using var cancel = new CancellationTokenSource();
        lock (_lineLock)
        {
            _lineInFlight = (job.Id, cancel);
        }

        BulkLineResult result;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var changes = JobOperatorChanges.For(scope.ServiceProvider, job.Operator);
            result = await BulkLineResult.RunAsync(changes, job, line, cancel.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Bulk job {JobId} line {Line} failed unexpectedly", job.Id, line.Number);
            result = new BulkLineResult(BulkLineState.Failed, "Something unexpected went wrong with this line; see the log.", []);
        }
        finally
        {
            lock (_lineLock)
            {
                _lineInFlight = null;
            }
        }

        await _store.CompleteLineAsync(job.Id, line.Number, result.State, result.Message, result.Records, CancellationToken.None)
            .ConfigureAwait(false);
    }

    private void OnJobChanged(object? sender, BulkJobChanged e)
    {
        if (e.Change == BulkJobChange.Created)
        {
            _wake.Release();
        }
        else if (e.Change == BulkJobChange.CancelRequested)
        {
            lock (_lineLock)
            {
                if (_lineInFlight is { } inFlight && inFlight.JobId == e.JobId)
                {
                    inFlight.Cancel.Cancel();
                }
            }
        }
    }
}
