using Microsoft.Extensions.Logging;

namespace TrainingSite.Testing;

/// <summary>One entry of <see cref="CapturedLogs"/>; <see cref="Values"/> are its structured values as "key=value" pairs.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception, DateTimeOffset At, string Values)
{
    public string Line => $"{Level} {Category}: {Message} {Values} {Exception}";
}
