using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using SesConsole.LocalSes;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Support.LocalSes;

/// <summary>A LocalSes on a free loopback port over a temporary SQLite file, with a signing HTTP client.</summary>
internal sealed class LocalSesHarness : IAsyncDisposable
{
    public const string AccessKeyId = "AKIALOCALSESTEST0001";
    public const string Secret = "LocalSesTestSecretKey/NotForAws+00000000";
    public const string Region = "us-east-1";

    private readonly bool _ownsDirectory;
    private bool _disposed;

    private LocalSesHarness(LocalSesServer server, LocalSesOptions options, string directory, bool ownsDirectory, FakeTimeProvider? fakeTime)
    {
        Server = server;
        Options = options;
        Directory = directory;
        _ownsDirectory = ownsDirectory;
        FakeTime = fakeTime;
    }

    public LocalSesServer Server { get; private set; }

    public LocalSesOptions Options { get; }

    public string Directory { get; }

    public FakeTimeProvider? FakeTime { get; }

    public HttpClient Http { get; } = new();

    public static async Task<LocalSesHarness> StartAsync(Action<LocalSesOptions>? configure = null, FakeTimeProvider? fakeTime = null, string? directory = null)
    {
        var ownsDirectory = directory is null;
        directory ??= System.IO.Directory.CreateTempSubdirectory("localses-test-").FullName;
        var options = new LocalSesOptions
        {
            Url = "http://127.0.0.1:0",
            DatabasePath = Path.Combine(directory, "ses.db"),
            Credentials = [new LocalSesCredential { AccessKeyId = AccessKeyId, SecretAccessKey = Secret }],
            DnsCheckInterval = TimeSpan.Zero,
            TimeProvider = fakeTime ?? TimeProvider.System,
        };
        configure?.Invoke(options);
        var server = await LocalSesServer.StartAsync(options, CancellationToken.None);
        return new LocalSesHarness(server, options, directory, ownsDirectory, fakeTime);
    }

    public async Task RestartAsync()
    {
        await Server.DisposeAsync();
        Options.Url = "http://127.0.0.1:0";
        Server = await LocalSesServer.StartAsync(Options, CancellationToken.None);
    }

    public Task<SesReply> CallAsync(string action, params (string Name, string Value)[] parameters) =>
        CallInRegionAsync(Region, action, parameters);

    public Task<SesReply> CallInRegionAsync(string region, string action, params (string Name, string Value)[] parameters) =>
        SendAsync([("Action", action), ("Version", "2010-12-01"), .. parameters], region, sign: true);

    public async Task<SesReply> SendAsync(
        IEnumerable<(string Name, string Value)> form, string region = Region, bool sign = true, string secret = Secret, string accessKeyId = AccessKeyId, DateTimeOffset? signedAt = null)
    {
        var body = string.Join('&', form.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.BaseAddress) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        if (sign)
        {
            var now = signedAt ?? Options.TimeProvider.GetUtcNow();
            TestSigV4Signer.Sign(request, bytes, accessKeyId, secret, region, "ses", now);
        }

        return await ReadAsync(await Http.SendAsync(request));
    }

    public static async Task<SesReply> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return new SesReply(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType ?? string.Empty);
        }
    }

    public static (string, string)[] Identities(params string[] names) =>
        names.Select((n, i) => (string.Create(CultureInfo.InvariantCulture, $"Identities.member.{i + 1}"), n)).ToArray();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Http.Dispose();
        await Server.DisposeAsync();
        if (_ownsDirectory)
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    public static HttpStatusCode Ok => HttpStatusCode.OK;
}
