using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace SesConsole.Core.Dns;

/// <summary>Parses the configured "ip" / "ip:port" server entries.</summary>
internal static class DnsServerAddress
{
    public const int DefaultPort = 53;

    public static bool TryParse(string? text, [NotNullWhen(true)] out IPEndPoint? endPoint)
    {
        endPoint = null;
        if (string.IsNullOrWhiteSpace(text) || !IPEndPoint.TryParse(text.Trim(), out var parsed))
        {
            return false;
        }

        endPoint = parsed.Port == 0 ? new IPEndPoint(parsed.Address, DefaultPort) : parsed;
        return true;
    }
}
