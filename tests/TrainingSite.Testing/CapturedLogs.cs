using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TrainingSite.Testing;

/// <summary>
/// Every log entry the site writes, kept in memory (the newest <see cref="MaxEntries"/>), so tests can assert what
/// was and was not logged: as entries with their level and exception, or as lines formatted the way a log sink
/// storing structured values would keep them.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IReadOnlyList<string> Lines => [.. _entries.Select(e => e.Line)];

    public string Text => string.Join('\n', Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > MaxEntries && _entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The structured values too, as a sink storing properties would keep them.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            logs.Add(new LogEntry(category, logLevel, formatter(state, exception), exception, DateTimeOffset.UtcNow, values));
        }
    }
}
