using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SesConsole.CircuitBenchmarks;

/// <summary>A process the benchmark started: its output drained, stopped by its own PID.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _drain;
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process)
    {
        _process = process;
        _drain = Task.WhenAll(DrainAsync(process.StandardOutput, firstLine: true), DrainAsync(process.StandardError, firstLine: false));
    }

    public int Id => _process.Id;

    /// <summary>The last lines the process wrote, for an error message.</summary>
    public Queue<string> Tail { get; } = new();

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start."));
    }

    public Task<string> FirstLineAsync() => _firstLine.Task;

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task DrainAsync(StreamReader reader, bool firstLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (firstLine)
            {
                _firstLine.TrySetResult(line);
                firstLine = false;
            }

            lock (Tail)
            {
                Tail.Enqueue(line);
                if (Tail.Count > 40)
                {
                    Tail.Dequeue();
                }
            }
        }

        _firstLine.TrySetResult(string.Empty);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _drain;
        _process.Dispose();
    }
}
