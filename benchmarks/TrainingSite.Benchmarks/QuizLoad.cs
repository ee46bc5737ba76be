using System.Diagnostics;
using System.Net;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Drives answer saves from .NET rather than wrk, because every request carries its own learner's cookie and
/// form token. Workers take learners round-robin and post one answer each, as the attempt page's autosave does.
/// </summary>
public sealed class QuizLoad(HttpClient http, IReadOnlyList<QuizLearner> learners, IReadOnlyList<BenchQuestion> questions)
{
    /// <summary>
    /// One flag per learner: a learner busy in one worker is skipped by the others, so a learner's saves never
    /// overlap and the last acknowledged save is the one the database must hold (two in flight could land in
    /// either order).
    /// </summary>
    private readonly int[] _busy = new int[learners.Count];

    private long _next = -1;

    /// <summary>The answer of each learner's last acknowledged (204) save of each question; null when none.</summary>
    public string?[,] LastSaved { get; } = new string?[learners.Count, questions.Count];

    /// <summary>
    /// Runs <paramref name="workers"/> concurrent loops for <paramref name="duration"/>. A save in flight at
    /// the end completes (not cancelled), so every save sent has a known outcome before the check.
    /// </summary>
    public async Task<QuizLoadResult> RunAsync(int workers, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkerAsync(new Random(w), clock, duration))));
        clock.Stop();
        return QuizLoadResult.Combine(results, clock.Elapsed);
    }

    private async Task<WorkerResult> WorkerAsync(Random random, Stopwatch clock, TimeSpan duration)
    {
        var result = new WorkerResult();
        while (clock.Elapsed < duration)
        {
            var learner = (int)(Interlocked.Increment(ref _next) % learners.Count);
            if (Interlocked.CompareExchange(ref _busy[learner], 1, 0) != 0)
            {
                continue;
            }

            try
            {
                await SaveAsync(learner, random.Next(questions.Count), random, result);
            }
            finally
            {
                Volatile.Write(ref _busy[learner], 0);
            }
        }

        return result;
    }

    private async Task SaveAsync(int learner, int question, Random random, WorkerResult result)
    {
        var who = learners[learner];
        var answer = questions[question].RandomAnswer(random);
        using var request = new HttpRequestMessage(HttpMethod.Post, who.SaveUrl)
        {
            Content = new FormUrlEncodedContent([
                new("__RequestVerificationToken", who.Token),
                .. answer.Select(choice => new KeyValuePair<string, string>($"answer:{questions[question].Id}", choice))]),
        };
        request.Headers.Add("Cookie", who.CookieHeader);
        request.Headers.Add("X-Requested-With", "fetch");
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            result.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                LastSaved[learner, question] = string.Join(',', answer);
                result.Saves++;
            }
            else
            {
                result.Error($"{(int)response.StatusCode} {response.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            result.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            result.Error(e.GetType().Name);
        }
    }
}
