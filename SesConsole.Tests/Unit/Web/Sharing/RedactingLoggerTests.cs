using Microsoft.Extensions.Logging;
using SesConsole.Web.Sharing.Logging;

namespace SesConsole.Tests.Unit.Web.Sharing;

[Trait("Category", "Unit")]
public sealed class RedactingLoggerTests
{
    private static readonly string Token = new('A', 96);

    private sealed class Capture : ILoggerProvider
    {
        public List<(string Message, object? State)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(Capture capture) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Entries.Add((formatter(state, exception), state));
        }
    }

    private static (Capture Capture, ILogger Logger) Create()
    {
        var capture = new Capture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        return (capture, new RedactingLogger(factory.CreateLogger("test")));
    }

    [Fact]
    public void AMessageWithoutATokenKeepsItsStructuredValues()
    {
        var (capture, logger) = Create();

        logger.LogInformation("Verified {Identity} in {Region}", "Mixed.Case@Example.COM", "us-east-1");

        var (message, state) = Assert.Single(capture.Entries);
        Assert.Equal("Verified Mixed.Case@Example.COM in us-east-1", message);
        var values = Assert.IsAssignableFrom<IEnumerable<KeyValuePair<string, object?>>>(state);
        Assert.Contains(values, v => v.Key == "Identity" && Equals(v.Value, "Mixed.Case@Example.COM"));
    }

    [Fact]
    public void AMessageNamingAShareTokenGoesOnFormattedWithTheTokenRedacted()
    {
        var (capture, logger) = Create();

        logger.LogInformation("Request starting GET {Path}", $"/share/dns/{Token}");

        var (message, state) = Assert.Single(capture.Entries);
        Assert.Equal("Request starting GET /share/dns/[redacted]", message);
        Assert.DoesNotContain(Token, state?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.IsNotAssignableFrom<IEnumerable<KeyValuePair<string, object?>>>(state);
    }

    [Fact]
    public void ATokenOnlyInAStructuredValueIsRedactedToo()
    {
        var (capture, logger) = Create();

        logger.Log(LogLevel.Debug, default, new[] { new KeyValuePair<string, object?>("RouteValue", Token) }, null, (_, _) => "Route matched");

        var (message, state) = Assert.Single(capture.Entries);
        Assert.Equal("Route matched", message);
        Assert.IsType<string>(state);
    }
}
