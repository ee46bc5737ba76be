using Microsoft.Extensions.Logging;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Data.Availability;

/// <summary>
/// The logger factory EF Core writes through. While the database cannot be reached every query would log its
/// connection error with a stack trace; <see cref="DatabaseAvailability"/> says so once instead, so such
/// entries go on at Debug level without the exception. Every other entry passes unchanged.
/// </summary>
public sealed class OutageQuietLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new QuietLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The application's factory belongs to the host, which disposes it.
    public void Dispose()
    {
    }

    private sealed class QuietLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && logLevel > LogLevel.Debug && DatabaseErrors.IsUnavailable(exception))
            {
                if (inner.IsEnabled(LogLevel.Debug))
                {
                    inner.Log(LogLevel.Debug, eventId, state, null, formatter);
                }

                return;
            }

            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
