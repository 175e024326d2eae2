using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Npgsql;
using SesConsole.Core.Index;
using SesConsole.Web.State;

namespace SesConsole.Web.Index;

/// <summary>
/// Carries the identity index's <see cref="IIdentityIndex.Changed"/> events between app instances on one PostgreSQL
/// database (LISTEN/NOTIFY on <see cref="Channel"/>): what this instance's index writes (the sync, our own changes) is
/// sent to the others, and what they send is handed to this instance's open pages through
/// <see cref="IndexChangeNotifier.Publish"/>, so a grid open on B shows a status change the sync on A wrote. Names
/// travel as JSON strings, exactly as SES lists them. A change too large for one notification goes without its status
/// list (pages then read the index again, as for any change). While the database does not answer, pages on other
/// instances see changes at their next read; the relay reconnects on its own.
/// </summary>
public sealed partial class IndexChangeRelay(
    string connectionString, IIdentityIndex index, IndexChangeNotifier notifier, ILogger<IndexChangeRelay> logger) : BackgroundService
{
    public const string Channel = "sesconsole_index_changes";

    /// <summary>PostgreSQL refuses a payload of 8000 bytes or more.</summary>
    private const int MaxPayloadBytes = 7900;

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly Channel<IdentityIndexChanged> _outgoing =
        System.Threading.Channels.Channel.CreateUnbounded<IdentityIndexChanged>(new UnboundedChannelOptions { SingleReader = true });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        index.Changed += OnLocalChange;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        index.Changed -= OnLocalChange;
        _outgoing.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            Task.Run(() => KeepAsync("listen", ListenAsync, stoppingToken), CancellationToken.None),
            Task.Run(() => KeepAsync("send", SendAsync, stoppingToken), CancellationToken.None));

    private void OnLocalChange(object? sender, IdentityIndexChanged change) => _outgoing.Writer.TryWrite(change);

    private async Task KeepAsync(string what, Func<CancellationToken, Task> loop, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await loop(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LogRelayFailed(what, ex.GetType().Name, ex.Message, Reconnect.TotalSeconds);
            }

            try
            {
                await Task.Delay(Reconnect, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => Receive(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in _outgoing.Reader.ReadAllAsync(stoppingToken))
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(stoppingToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", Payload(change));
            await notify.ExecuteNonQueryAsync(stoppingToken);
        }
    }

    private string Payload(IdentityIndexChanged change)
    {
        var full = JsonSerializer.Serialize(new RelayedChange(_origin, change.Region, change.Kind, [.. change.StatusChanges]));
        return Encoding.UTF8.GetByteCount(full) <= MaxPayloadBytes
            ? full
            : JsonSerializer.Serialize(new RelayedChange(_origin, change.Region, change.Kind, []));
    }

    private void Receive(string payload)
    {
        try
        {
            if (JsonSerializer.Deserialize<RelayedChange>(payload) is { } relayed && relayed.Origin != _origin)
            {
                notifier.Publish(new IdentityIndexChanged(relayed.Region, relayed.Kind, relayed.Changes));
            }
        }
        catch (JsonException ex)
        {
            LogUnreadable(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index changes between instances: {What} failed ({ErrorType}: {Error}); again in {Seconds} s")]
    private partial void LogRelayFailed(string what, string errorType, string error, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index changes between instances: a notification could not be read ({Error})")]
    private partial void LogUnreadable(string error);

    /// <summary>One change as it travels: who sent it (an instance ignores its own), where, and what.</summary>
    private sealed record RelayedChange(string Origin, string Region, IndexChangeKind Kind, IdentityStatusChange[] Changes);
}
