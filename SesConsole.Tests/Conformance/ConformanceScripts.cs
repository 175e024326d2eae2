using SesConsole.Tests.Support.LocalSes;
using System.Diagnostics;
using System.Text.Json;
using SesConsole.LocalSes;

namespace SesConsole.Tests.Conformance;

/// <summary>Runs one script of SesConsole.Tests/Conformance with node against a LocalSes and returns its JSON line.</summary>
internal static class ConformanceScripts
{
    public static async Task<JsonElement> RunAsync(LocalSesServer server, params string[] arguments)
    {
        var folder = Folder();
        Assert.True(
            Directory.Exists(Path.Combine(folder, "node_modules", "@aws-sdk", "client-sns")),
            $"Run `npm ci` in {folder} first (scripts/test.sh does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SES", "AWS_ENDPOINT_URL_SNS", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["LOCALSES_ENDPOINT"] = server.BaseAddress.AbsoluteUri.TrimEnd('/');
        start.Environment["AWS_REGION"] = LocalSesHarness.Region;
        start.Environment["AWS_ACCESS_KEY_ID"] = LocalSesHarness.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = LocalSesHarness.Secret;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout).Trim();
        Assert.True(output.Length > 0, $"node {string.Join(' ', arguments)} printed nothing; stderr: {await stderr}");
        return JsonDocument.Parse(output.Split('\n')[^1]).RootElement.Clone();
    }

    private static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "SesConsole.Tests", "Conformance");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("SesConsole.Tests/Conformance was not found above the test output folder.");
    }
}
