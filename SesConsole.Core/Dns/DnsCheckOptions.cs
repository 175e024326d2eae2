namespace SesConsole.Core.Dns;

/// <summary>The <c>Dns</c> configuration section: which DNS servers the live record check asks, and how patiently.</summary>
public sealed class DnsCheckOptions
{
    public const string SectionName = "Dns";

    /// <summary>"ip" or "ip:port" ("[::1]:53" for IPv6); empty means the machine's own resolvers.</summary>
    public List<string> Servers { get; set; } = [];

    /// <summary>How long to wait for one answer before calling the server timed out.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Further tries after a timeout.</summary>
    public int Retries { get; set; } = 1;
}
