using System.Net;
using System.Net.Sockets;

namespace SesConsole.Tests.Support.Hosting;

public static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago, for a server whose URL must be known before it starts.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
