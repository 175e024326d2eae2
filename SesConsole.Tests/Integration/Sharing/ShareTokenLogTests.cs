using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SesConsole.Tests.Support;
using SesConsole.Web.Sharing;
using SesConsole.Web.Sharing.Logging;

namespace SesConsole.Tests.Integration.Sharing;

/// <summary>
/// A real request to a share URL, logged at Trace by every category (ASP.NET Core's hosting, routing and endpoint
/// logs included): the log shows the request, with the share path redacted, and never the token.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ShareTokenLogTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly LogSink _sink = new();
    private WebApplicationFactory<SesConsole.Web.Program> _app = default!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        };
        _app = new ShareAppFactory(_folder.Path, settings)
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(_sink)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task TheShareTokenOfARequestNeverReachesTheLogs()
    {
        using var scope = _app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<IShareLinkService>().CreateAsync("us-east-1", "acme-shop.com", 7, CancellationToken.None);
        Assert.True(created.Succeeded, created.Failure?.Message);
        var path = created.Value.Path!;
        var token = path[(SharedDnsEndpoints.Prefix.Length + 1)..];
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var page = await client.GetAsync(path + "?check=1");
        using var csv = await client.GetAsync(path + "/records.csv");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = _sink.Lines;
        Assert.Contains(lines, l => l.Contains("Request starting", StringComparison.Ordinal) && l.Contains(ShareTokenRedaction.Redacted, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(ShareTokenRedaction.Redacted + "/records.csv", StringComparison.Ordinal));
        var leaked = lines.Where(l => l.Contains(token, StringComparison.Ordinal) || l.Contains(Uri.UnescapeDataString(token), StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, "The token reached the log: " + string.Join(Environment.NewLine, leaked));
    }

    [Theory]
    [InlineData("GET /share/dns/abc.DEF-123_x/records.csv 200", "GET /share/dns/[redacted]/records.csv 200")]
    [InlineData("http://host/share/dns/abc%2Bdef?check=1", "http://host/share/dns/[redacted]?check=1")]
    [InlineData("Request finished /Share/DNS/xyz", "Request finished /share/dns/[redacted]")]
    [InlineData("/regions/us-east-1/identities", "/regions/us-east-1/identities")]
    [InlineData("segment 'CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-_x' matched", "segment '[redacted]' matched")]
    [InlineData("request 0HN8Q2L6E1V3K:00000001, trace 4bf92f3577b34da6a3ce929d0e0e4736", "request 0HN8Q2L6E1V3K:00000001, trace 4bf92f3577b34da6a3ce929d0e0e4736")]
    public void RedactionReplacesOnlyTheTokenOfASharePath(string message, string expected) =>
        Assert.Equal(expected, ShareTokenRedaction.Redact(message));

    private sealed class LogSink : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => _lines.ToArray();

        public ILogger CreateLogger(string categoryName) => new Sink(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Sink(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
