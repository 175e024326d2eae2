namespace SesConsole.Web.Sharing.Logging;

/// <summary>A logger that passes a message naming a share token on formatted, with the token redacted; every other
/// message goes on untouched, its structured values included.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        var redacted = ShareTokenRedaction.Redact(message);
        if (string.Equals(redacted, message, StringComparison.Ordinal) && !CarriesToken(state))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        // The structured values go too: a provider writing them (JSON) would otherwise write the raw path.
        inner.Log(logLevel, eventId, redacted, exception, static (text, _) => text);
    }

    private static bool CarriesToken<TState>(TState state) =>
        state is IEnumerable<KeyValuePair<string, object?>> values
        && values.Any(v => v.Value?.ToString() is { } text && !string.Equals(ShareTokenRedaction.Redact(text), text, StringComparison.Ordinal));
}
