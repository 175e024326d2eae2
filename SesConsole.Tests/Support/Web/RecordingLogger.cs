using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SesConsole.Tests.Support.Web;

/// <summary>Keeps what was logged, so a test can show why a background handler did nothing.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Entries.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
