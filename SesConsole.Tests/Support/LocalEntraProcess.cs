using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SesConsole.Tests.Support;

/// <summary>
/// The repository's Entra-shaped local OpenID Connect provider (SesConsole.LocalEntra, node), started on a free
/// loopback port for one test class and stopped by PID when disposed.
/// </summary>
public sealed partial class LocalEntraProcess : IAsyncDisposable
{
    public const string TenantId = "11111111-1111-1111-1111-111111111111";
    public const string ClientId = "sesconsole-tests";

    private readonly Process _process;
    private readonly Task _drainOutput;

    private LocalEntraProcess(Process process, Uri origin)
    {
        _process = process;
        Origin = origin;
        // Keep reading its output so a full pipe never blocks the provider.
        _drainOutput = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>For example <c>http://127.0.0.1:43567/</c>: the value of <c>AzureAd:Instance</c>.</summary>
    public Uri Origin { get; }

    public static async Task<LocalEntraProcess> StartAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "SesConsole.LocalEntra");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException(
                "SesConsole.LocalEntra has no node_modules; run 'npm ci' there (scripts/test.sh does).");
        }

        var start = new ProcessStartInfo("node", ["server.mjs", "--port", "0", "--tenant", TenantId])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NODE_ENV"] = "test";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            var firstLine = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var match = firstLine is null ? null : ListeningLine().Match(firstLine);
            if (match is null || !match.Success)
            {
                var errors = await process.StandardError.ReadToEndAsync(timeout.Token);
                throw new InvalidOperationException($"LocalEntra did not start: {firstLine} {errors}");
            }

            return new LocalEntraProcess(process, new Uri($"http://127.0.0.1:{match.Groups[1].Value}/"));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>The AzureAd settings a test host needs to sign in through this provider.</summary>
    public IReadOnlyDictionary<string, string?> AzureAdSettings() => new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = Origin.ToString(),
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ClientId,
        ["AzureAd:ClientSecret"] = "local-entra-checks-no-secret",
        ["AzureAd:ResponseType"] = "code",
        ["AzureAd:CallbackPath"] = "/signin-oidc",
        ["AzureAd:SignedOutCallbackPath"] = "/signout-callback-oidc",
    };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _drainOutput;

        _process.Dispose();
    }

    [GeneratedRegex(@"^LocalEntra listening on http://127\.0\.0\.1:(\d+)$")]
    private static partial Regex ListeningLine();
}
