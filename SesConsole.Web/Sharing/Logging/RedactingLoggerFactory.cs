namespace SesConsole.Web.Sharing.Logging;

/// <summary>
/// Wraps the loggers of the framework's own factory rather than its providers: the factory still sees each provider
/// as itself, so filters set per provider (<c>Logging:Console:LogLevel</c>, a provider's alias or type name) apply
/// as configured, and every message is redacted once, before any provider sees it.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
