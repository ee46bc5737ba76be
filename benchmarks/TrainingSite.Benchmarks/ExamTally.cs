using System.Diagnostics;

namespace TrainingSite.Benchmarks;

/// <summary>
/// What one exam learner measured: every request's latency and every failure under its step, and the longest
/// time one of its steps kept failing. Each learner has its own, so nothing is shared while the load runs.
/// </summary>
public sealed class ExamTally
{
    public const string SignIn = "sign-in";
    public const string Lesson = "lesson";
    public const string Start = "start";
    public const string Answer = "answer";
    public const string Submit = "submit";

    public static readonly IReadOnlyList<string> Steps = [SignIn, Lesson, Start, Answer, Submit];

    public List<(string Step, double Milliseconds)> Latencies { get; } = [];

    public List<(string Step, string Kind)> Errors { get; } = [];

    /// <summary>The longest time from a step's first failed request to the end of its first successful retry.</summary>
    public TimeSpan LongestOutage { get; private set; }

    public void Outage(TimeSpan duration) => LongestOutage = duration > LongestOutage ? duration : LongestOutage;

    /// <summary>Sends and times one request; the caller disposes the response.</summary>
    public async Task<HttpResponseMessage> SendAsync(string step, HttpClient http, HttpRequestMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await http.SendAsync(request);
        }
        finally
        {
            Latencies.Add((step, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }
}
