using System.Globalization;
using System.Text.RegularExpressions;

namespace SesConsole.CircuitBenchmarks;

/// <summary>
/// The console as scripts/run.sh runs it, from its Release build: LocalEntra (node) and the web app with LocalSes
/// embedded, each on a free loopback port, with their databases in a temporary folder.
/// </summary>
internal sealed partial class AppUnderTest : IAsyncDisposable
{
    private readonly ChildProcess _entra;
    private readonly ChildProcess _app;

    private AppUnderTest(ChildProcess entra, ChildProcess app, Uri address)
    {
        _entra = entra;
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _app.Id;

    /// <param name="localSesUrl">Where the embedded LocalSes listens (a free loopback port when null).</param>
    public static async Task<AppUnderTest> StartAsync(
        string root, string dataFolder, IReadOnlyDictionary<string, string> settings, string? localSesUrl = null)
    {
        var entra = ChildProcess.Start("node", ["server.mjs", "--port", "0"], Path.Combine(root, "SesConsole.LocalEntra"),
            new Dictionary<string, string> { ["NODE_ENV"] = "development" });
        try
        {
            var line = await entra.FirstLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var match = ListeningLine().Match(line);
            if (!match.Success)
            {
                throw new InvalidOperationException($"LocalEntra did not start: {line}");
            }

            var appPort = ChildProcess.FreeLoopbackPort();
            var sesUrl = localSesUrl ?? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ChildProcess.FreeLoopbackPort()}");
            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{appPort}"),
                ["Logging__LogLevel__Default"] = "Warning",
                ["Ses__ServiceUrl"] = sesUrl,
                ["LocalSes__Url"] = sesUrl,
                ["LocalSes__DatabasePath"] = Path.Combine(dataFolder, "localses.db"),
                ["ConnectionStrings__SesConsole"] = $"Data Source={Path.Combine(dataFolder, "sesconsole.db")}",
                ["AzureAd__Instance"] = $"http://127.0.0.1:{match.Groups[1].Value}/",
            };
            foreach (var (key, value) in settings)
            {
                environment[key] = value;
            }

            var web = Path.Combine(root, "SesConsole.Web");
            var dll = Path.Combine(web, "bin", "Release", "net10.0", "SesConsole.Web.dll");
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"Build first: dotnet build SesConsole.sln -c Release ({dll} is missing).");
            }

            var app = ChildProcess.Start("dotnet", [dll], web, environment);
            var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{appPort}/"));
            try
            {
                await WaitUntilHealthyAsync(address, app);
                return new AppUnderTest(entra, app, address);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }
        catch
        {
            await entra.DisposeAsync();
            throw;
        }
    }

    private static async Task WaitUntilHealthyAsync(Uri address, ChildProcess app)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(new Uri("healthz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException("The app did not answer /healthz within 90 s:\n" + string.Join('\n', app.Tail));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [GeneratedRegex(@"listening on http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}
