using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DnsClient;

namespace SesConsole.Tests.LocalSes;

/// <summary>A real DNS server for the tests: Debian's dnsmasq on 127.0.0.1 and a free port, serving only the given records.</summary>
internal sealed class DnsmasqServer : IDisposable
{
    private readonly Process _process;

    private DnsmasqServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Starts dnsmasq with extra record options (like --txt-record=...) and waits until it answers <paramref name="probeName"/>.</summary>
    public static async Task<DnsmasqServer> StartAsync(string probeName, QueryType probeType, params string[] records)
    {
        var port = FreeUdpPort();
        var start = new ProcessStartInfo("dnsmasq")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--no-daemon", "--no-resolv", "--no-hosts", "--listen-address=127.0.0.1", "--bind-interfaces",
                     $"--port={port}", "--user=root", "--conf-file=/dev/null", "--log-facility=-",
                 }.Concat(records))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dnsmasq did not start.");
        var server = new DnsmasqServer(process, port);
        try
        {
            await server.WaitUntilAnsweringAsync(probeName, probeType);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync(string name, QueryType type)
    {
        var client = new LookupClient(new LookupClientOptions(new IPEndPoint(IPAddress.Loopback, Port))
        {
            Timeout = TimeSpan.FromMilliseconds(200), Retries = 0, UseCache = false, ThrowDnsErrors = false,
        });
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dnsmasq exited: {await _process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                var response = await client.QueryAsync(name, type);
                if (response.Answers.Count > 0)
                {
                    return;
                }
            }
            catch (DnsResponseException)
            {
                // Not listening yet: ask again.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("dnsmasq did not answer within 15 seconds.");
    }

    private static int FreeUdpPort()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }
}
