namespace SesConsole.LocalSes.Knobs;

/// <summary>The knobs' values at start; all off by default.</summary>
public sealed class LocalSesKnobOptions
{
    /// <summary>Milliseconds added before every SES request is answered.</summary>
    public int AddedLatencyMs { get; set; }

    /// <summary>Answer Throttling when an operation is called more than once per second in one region, as SES does.</summary>
    public bool EnforceSesRateLimit { get; set; }

    /// <summary>Share of requests (0 to 1) answered with <see cref="FaultKind"/>.</summary>
    public double FaultRate { get; set; }

    public LocalSesFault FaultKind { get; set; } = LocalSesFault.InternalFailure;
}
