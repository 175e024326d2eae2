using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SesConsole.Web.Sharing.Logging;

namespace SesConsole.Tests.Unit.Web.Sharing;

/// <summary>
/// The redaction sits in front of every provider without hiding them from the logging filters: a level set for one
/// provider (by its alias, as a deployer writes it in appsettings) still applies to that provider only.
/// </summary>
[Trait("Category", "Unit")]
public sealed class RedactingLoggerFactoryTests
{
    private const string Token = "CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-_x";

    [Fact]
    public void AProviderSpecificLevelStillAppliesToThatProviderAlone()
    {
        var quiet = new QuietProbe();
        var loud = new LoudProbe();
        using var services = Build(quiet, loud, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:QuietProbe:LogLevel:Default"] = "Warning",
        });
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Sample");

        logger.LogInformation("routine {Path}", "/share/dns/" + Token);
        logger.LogWarning("unusual");

        Assert.Equal(["Information: routine /share/dns/[redacted]", "Warning: unusual"], loud.Lines);
        Assert.Equal(["Warning: unusual"], quiet.Lines);
    }

    [Fact]
    public void AProviderAddedToTheFactoryLaterIsRedactedToo()
    {
        using var services = Build(new QuietProbe(), new LoudProbe(), new Dictionary<string, string?>());
        var factory = services.GetRequiredService<ILoggerFactory>();
        var logger = factory.CreateLogger("Sample");
        var late = new LoudProbe();

        factory.AddProvider(late);
        logger.LogInformation("opened /share/dns/{Token}/records.csv", Token);

        Assert.Equal(["Information: opened /share/dns/[redacted]/records.csv"], late.Lines);
    }

    private static ServiceProvider Build(ILoggerProvider first, ILoggerProvider second, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddProvider(first);
            logging.AddProvider(second);
        });
        services.AddShareTokenRedaction();
        return services.BuildServiceProvider();
    }

    [ProviderAlias("QuietProbe")]
    private sealed class QuietProbe : Probe;

    [ProviderAlias("LoudProbe")]
    private sealed class LoudProbe : Probe;

    private abstract class Probe : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => _lines.ToArray();

        public ILogger CreateLogger(string categoryName) => new Sink(_lines);

        public void Dispose()
        {
        }

        private sealed class Sink(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
