namespace SesConsole.Tests.Support.Hosting;

/// <summary>How a test hosts the app; each value has the default most tests want.</summary>
public sealed record SesConsoleAppOptions
{
    public IReadOnlyList<string> Regions { get; init; } = ["us-east-1", "eu-west-1"];

    /// <summary>
    /// Null: <c>Ses:Mode</c> Aws (the test replaces the identity service). Set: Local mode, the embedded LocalSes
    /// listening here and the SES client pointed at it.
    /// </summary>
    public Uri? LocalSesUrl { get; init; }

    /// <summary>Real Kestrel on a free loopback port (for a browser) instead of the in-memory TestServer.</summary>
    public bool Kestrel { get; init; }

    /// <summary>The <c>AzureAd</c> settings, usually <see cref="LocalEntraProcess.AzureAdSettings"/>; null: a provider nobody contacts.</summary>
    public IReadOnlyDictionary<string, string?>? SignInSettings { get; init; }

    /// <summary>Where the SQLite files go; null: a temporary folder of the factory's own, removed when it is disposed.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Further settings, applied last so they win.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
