using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SesConsole.Tests.Support.Dns;

/// <summary>A UDP socket on 127.0.0.1 that reads queries and never answers them.</summary>
public sealed class SilentDnsServer : IAsyncDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<TimeSpan> _arrivals = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    public SilentDnsServer() => _reading = ReadAsync();

    public string Endpoint => ((IPEndPoint)_socket.Client.LocalEndPoint!).ToString();

    /// <summary>When each query arrived, measured from the server's start.</summary>
    public IReadOnlyList<TimeSpan> Arrivals
    {
        get
        {
            lock (_arrivals)
            {
                return [.. _arrivals];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            while (true)
            {
                await _socket.ReceiveAsync(_stop.Token);
                lock (_arrivals)
                {
                    _arrivals.Add(_clock.Elapsed);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }
}
