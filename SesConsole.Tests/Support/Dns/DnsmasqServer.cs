using System.Diagnostics;
using System.Net;
using System.Text;
using DnsClient;
using SesConsole.Tests.Support.Hosting;

namespace SesConsole.Tests.Support.Dns;

/// <summary>A real dnsmasq on 127.0.0.1 serving only the records given on its command line.</summary>
public sealed class DnsmasqServer : IAsyncDisposable
{
    private const string ReadyName = "ready.dnsmasq.test";
    private readonly Process _process;
    private readonly StringBuilder _log;

    private DnsmasqServer(Process process, int port, StringBuilder log)
    {
        _process = process;
        Port = port;
        _log = log;
    }

    public int Port { get; }

    /// <summary>As the checker's <c>Dns:Servers</c> entry and its report's Resolver name it.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <param name="recordOptions">dnsmasq options such as <c>--txt-record=name,value</c>; everything under
    /// <c>.test</c> that is not listed answers NXDOMAIN, everything else REFUSED (there is no upstream).</param>
    public static async Task<DnsmasqServer> StartAsync(IReadOnlyList<string> recordOptions, CancellationToken ct)
    {
        // A port found free can be taken by another process before dnsmasq binds it; then pick another.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPorts.FreeForUdpAndTcp();
            var log = new StringBuilder();
            var process = Start(port, recordOptions, log);
            if (await WaitUntilAnsweringAsync(process, port, ct))
            {
                return new DnsmasqServer(process, port, log);
            }

            await process.WaitForExitAsync(ct);
            string output;
            lock (log)
            {
                output = log.ToString();
            }

            process.Dispose();
            if (attempt == 3 || !output.Contains("Address already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"dnsmasq did not start on port {port}: {output}");
            }
        }
    }

    /// <summary>A port free for both UDP and TCP now, for a server that starts later (a test that publishes a record
    /// mid-way points the app at this port from the start).</summary>
    public static int ReservePort() => LoopbackPorts.FreeForUdpAndTcp();

    /// <summary>Starts on a given port (from <see cref="ReservePort"/>); fails if another process took it meanwhile.</summary>
    public static async Task<DnsmasqServer> StartOnPortAsync(int port, IReadOnlyList<string> recordOptions, CancellationToken ct)
    {
        var log = new StringBuilder();
        var process = Start(port, recordOptions, log);
        if (await WaitUntilAnsweringAsync(process, port, ct))
        {
            return new DnsmasqServer(process, port, log);
        }

        process.Dispose();
        lock (log)
        {
            throw new InvalidOperationException($"dnsmasq did not start on port {port}: {log}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public override string ToString()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    private static Process Start(int port, IReadOnlyList<string> recordOptions, StringBuilder log)
    {
        var info = new ProcessStartInfo(Executable())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string[] fixedOptions =
        [
            "--conf-file=/dev/null", "--no-daemon", "--no-resolv", "--no-hosts", "--no-poll", "--bind-interfaces",
            "--listen-address=127.0.0.1", $"--port={port}", $"--user={Environment.UserName}", "--pid-file=",
            "--log-facility=-", "--local=/test/", $"--txt-record={ReadyName},ready",
        ];
        foreach (var option in fixedOptions.Concat(recordOptions))
        {
            info.ArgumentList.Add(option);
        }

        var process = new Process { StartInfo = info };
        DataReceivedEventHandler append = (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Asks for the fixed ready record until dnsmasq answers it; false when dnsmasq exits instead.</summary>
    private static async Task<bool> WaitUntilAnsweringAsync(Process process, int port, CancellationToken ct)
    {
        var client = new LookupClient(new LookupClientOptions(new NameServer(IPAddress.Loopback, port))
        {
            UseCache = false,
            Retries = 0,
            Timeout = TimeSpan.FromMilliseconds(200),
            ThrowDnsErrors = false,
        });
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                process.Kill();
                throw new TimeoutException($"dnsmasq on port {port} did not answer within 10 s.");
            }

            try
            {
                var response = await client.QueryAsync(ReadyName, QueryType.TXT, QueryClass.IN, ct);
                if (response.Answers.TxtRecords().Any())
                {
                    return true;
                }
            }
            catch (DnsResponseException)
            {
                // Not listening yet: the query timed out; ask again.
            }
        }

        return false;
    }

    private static string Executable()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "dnsmasq"))
            .FirstOrDefault(File.Exists);
        return onPath ?? "/usr/sbin/dnsmasq";
    }
}
