namespace SesConsole.Web.Hosting;

/// <summary>
/// The <c>Proxy</c> configuration section: the reverse proxies (or their networks) whose
/// <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> the console believes. Nothing else may set the client address or
/// the scheme; with neither list set only a proxy on this machine is believed.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    /// <summary>Proxy addresses, such as <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, such as <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Proxies in front of the console, each adding one entry to the forwarded headers.</summary>
    public int ForwardLimit { get; set; } = 1;
}
