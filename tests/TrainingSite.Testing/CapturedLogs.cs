using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TrainingSite.Testing;

/// <summary>The site's log entries at Information and above, kept in memory so tests can assert what was (not) logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

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

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Add(new LogEntry(category, logLevel, formatter(state, exception), exception, DateTimeOffset.UtcNow));
            }
        }
    }
}
