using SesConsole.Tests.Support.Hosting;

namespace SesConsole.Tests.Support.SignIn;

/// <summary>
/// The real app in the Testing environment: sign-in through LocalEntra, the real identity service on the embedded
/// LocalSes (on a free loopback port the SES client is pointed at), and temp SQLite files for LocalSes and the audit
/// trail. In-memory TestServer by default; real Kestrel on a free loopback port for a browser.
/// </summary>
public sealed class AuthAppFactory(IReadOnlyDictionary<string, string?> signInSettings, bool kestrel = false)
    : SesConsoleAppFactory(new SesConsoleAppOptions
    {
        Kestrel = kestrel,
        SignInSettings = signInSettings,
        // LocalSes needs a fixed URL the SES client can be given up front.
        LocalSesUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"),
    });
