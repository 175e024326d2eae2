using System.Net;
using System.Net.Sockets;

namespace SesConsole.Tests.Support.Hosting;

/// <summary>The one place tests find free loopback ports.</summary>
public static class LoopbackPorts
{
    /// <summary>A TCP port that was free a moment ago, for a server whose URL must be known before it starts.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A port free a moment ago for both UDP and TCP, as a DNS server listens on both.</summary>
    public static int FreeForUdpAndTcp()
    {
        while (true)
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)udp.LocalEndPoint!).Port;
            using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                tcp.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // The TCP side of this port is taken; try another.
            }
        }
    }
}
