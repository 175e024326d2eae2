using SesConsole.Tests.Support.Hosting;

namespace SesConsole.Tests.Support.Browser;

/// <summary>The web app for bulk-job browser tests: one region, over Kestrel, the embedded LocalSes with its rate
/// limit off and our pacer at its maximum, so a job of hundreds of lines ends in seconds.</summary>
public sealed class BulkJobsAppFactory(IReadOnlyDictionary<string, string?> signInSettings, string fullSyncInterval = "00:10:00")
    : SesConsoleAppFactory(new SesConsoleAppOptions
    {
        Kestrel = true,
        SignInSettings = signInSettings,
        Regions = ["us-east-1"],
        LocalSesUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"),
        Settings = new Dictionary<string, string?>
        {
            ["LocalSes:Knobs:EnforceSesRateLimit"] = "false",
            ["Ses:RequestsPerSecondPerOperation"] = "1000",
            ["Index:FullSyncInterval"] = fullSyncInterval,
        },
    });
