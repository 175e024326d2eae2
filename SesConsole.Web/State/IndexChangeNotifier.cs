using System.Collections.Immutable;
using System.Threading.Channels;
using SesConsole.Core.Index;

namespace SesConsole.Web.State;

/// <summary>
/// Fans the index's <see cref="IIdentityIndex.Changed"/> event out to the circuits that subscribed. Each subscription
/// has its own queue and reader, so a slow circuit never holds up the sync that raised the event or another circuit.
/// </summary>
public sealed partial class IndexChangeNotifier(ILogger<IndexChangeNotifier> logger) : IIndexChanges, IDisposable
{
    private readonly ILogger<IndexChangeNotifier> _logger = logger;
    private ImmutableArray<Subscription> _subscriptions = [];
    private IIdentityIndex? _index;

    /// <summary>How many circuits listen (for tests and the benchmark).</summary>
    public int SubscriberCount => _subscriptions.Length;

    /// <summary>Listens to <paramref name="index"/> until disposed.</summary>
    public void Attach(IIdentityIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
        index.Changed += OnIndexChanged;
    }

    public IAsyncDisposable Subscribe(Func<IdentityIndexChanged, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, handler);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    /// <summary>Hands a change to every subscriber (what the index's event does).</summary>
    public void Publish(IdentityIndexChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscription in _subscriptions)
        {
            subscription.Post(change);
        }
    }

    public void Dispose()
    {
        if (_index is not null)
        {
            _index.Changed -= OnIndexChanged;
        }
    }

    private void OnIndexChanged(object? sender, IdentityIndexChanged change) => Publish(change);

    private void Remove(Subscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page's handler of an identity index change in {Region} failed")]
    private partial void LogHandlerFailed(Exception exception, string region);

    private sealed class Subscription : IAsyncDisposable
    {
        private readonly IndexChangeNotifier _owner;
        private readonly Func<IdentityIndexChanged, CancellationToken, Task> _handler;
        private readonly Channel<IdentityIndexChanged> _queue =
            Channel.CreateUnbounded<IdentityIndexChanged>(new UnboundedChannelOptions { SingleReader = true });
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _reader;

        public Subscription(IndexChangeNotifier owner, Func<IdentityIndexChanged, CancellationToken, Task> handler)
        {
            _owner = owner;
            _handler = handler;
            _reader = Task.Run(() => ReadAsync(_stop.Token));
        }

        public void Post(IdentityIndexChanged change) => _queue.Writer.TryWrite(change);

        private async Task ReadAsync(CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var change in _queue.Reader.ReadAllAsync(cancellationToken))
                {
                    try
                    {
                        await _handler(change, cancellationToken);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        _owner.LogHandlerFailed(exception, change.Region);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The page went away.
            }
        }

        public async ValueTask DisposeAsync()
        {
            _owner.Remove(this);
            _queue.Writer.TryComplete();
            await _stop.CancelAsync();
            await _reader;
            _stop.Dispose();
        }
    }
}
