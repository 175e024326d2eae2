using SesConsole.Core.Jobs;

namespace SesConsole.Web.Components.Pages.Jobs;

/// <summary>
/// Live progress for a page: marks the page stale when a job changes in this process, and runs <c>reload</c> at most
/// every <see cref="Tick"/> while stale, or every <see cref="Poll"/> while something runs (a job another app instance
/// runs raises no event here). Ends with the page's lifetime.
/// </summary>
public sealed class JobWatch : IDisposable
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(400);
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(3);

    private readonly IBulkJobStore _store;
    private readonly Func<Guid, bool> _concerns;
    private volatile bool _stale;

    public JobWatch(IBulkJobStore store, Func<Guid, bool> concerns)
    {
        _store = store;
        _concerns = concerns;
        _store.Changed += OnChanged;
    }

    /// <summary>
    /// What a page starts after its first render: until <paramref name="lifetime"/> ends, <paramref name="load"/> then
    /// <paramref name="render"/> on the page's dispatcher (<paramref name="invoke"/>, the component's InvokeAsync)
    /// whenever the watch reloads.
    /// </summary>
    public Task StartForPage(
        Func<Func<Task>, Task> invoke, Func<Task> load, Action render, Func<bool> running, CancellationToken lifetime) =>
        RunAsync(
            () => invoke(async () =>
            {
                await load();
                render();
            }),
            running,
            lifetime);

    /// <summary>Until <paramref name="lifetime"/> ends: reloads when stale, or now and then while <paramref name="running"/>.</summary>
    public async Task RunAsync(Func<Task> reload, Func<bool> running, CancellationToken lifetime)
    {
        using var timer = new PeriodicTimer(Tick);
        var sinceReload = TimeSpan.Zero;
        try
        {
            while (await timer.WaitForNextTickAsync(lifetime))
            {
                sinceReload += Tick;
                if (_stale || (running() && sinceReload >= Poll))
                {
                    _stale = false;
                    sinceReload = TimeSpan.Zero;
                    await reload();
                }
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // The page went away.
        }
    }

    public void Dispose() => _store.Changed -= OnChanged;

    private void OnChanged(object? sender, BulkJobChanged e)
    {
        if (_concerns(e.JobId))
        {
            _stale = true;
        }
    }
}
