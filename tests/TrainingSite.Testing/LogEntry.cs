using Microsoft.Extensions.Logging;

namespace TrainingSite.Testing;

/// <summary>One entry of <see cref="CapturedLogs"/>.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception, DateTimeOffset At);
