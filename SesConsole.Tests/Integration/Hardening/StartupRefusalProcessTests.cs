using System.Diagnostics;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.SignIn;

namespace SesConsole.Tests.Integration.Hardening;

/// <summary>
/// The real web process (SesConsole.Web.dll from the build output, started with <c>dotnet</c>) given a setting it must
/// refuse: one line on stderr naming the setting, no stack trace, a non-zero exit code, and it never listens.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StartupRefusalProcessTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task LocalModeInStagingEndsTheProcessWithOneLineNamingTheSettingAndNoStackTrace()
    {
        var refusal = await RunWebAsync("Staging", new Dictionary<string, string?> { ["Ses:Mode"] = "Local" });

        Assert.Equal(2, refusal.ExitCode);
        var line = Assert.Single(refusal.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("SesConsole refused to start:", line, StringComparison.Ordinal);
        Assert.Contains("'Ses:Mode' is 'Local' in Staging", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refusal.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", refusal.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", refusal.StandardOutput, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string StandardError, string StandardOutput)> RunWebAsync(
        string environment, IReadOnlyDictionary<string, string?> overrides)
    {
        var start = WebAppProcess.StartInfo(environment, [
            new("ASPNETCORE_URLS", $"http://127.0.0.1:{LoopbackPorts.Free()}"),
            new("ConnectionStrings:SesConsole", $"Data Source={Path.Combine(_data.Path, "sesconsole.db")}"),
            .. ProductionAppFactory.CompleteSettings,
            .. overrides,
        ]);

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The web process did not exit within 60 s: it started instead of refusing.");
        }

        return (process.ExitCode, await standardError, await standardOutput);
    }
}
