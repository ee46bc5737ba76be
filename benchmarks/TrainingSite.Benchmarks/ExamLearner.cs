using System.Diagnostics;
using System.Net;

namespace TrainingSite.Benchmarks;

/// <summary>
/// One learner's exam as a browser goes through it: sign in through the form, read the lesson, start the quiz,
/// answer the questions one by one (each change posts the whole form in the background, as the attempt page's
/// autosave does; now and then an earlier answer is changed) and submit, with 2-10 s of thought between steps.
/// A failed step is tried again after a pause, as a learner reloads. The learner cannot know whether a failed
/// write was saved, so only acknowledged writes are must-keep; what was sent unacknowledged is only possible.
/// </summary>
public sealed partial class ExamLearner(int number, string site, IPAddress from, Stopwatch clock, bool thinks = true)
{
    /// <summary>A learner whose step keeps failing this long gives up (and is reported).</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    private static readonly string Quiz = $"/courses/{QuizContent.CourseId}/quiz";

    private readonly Random _random = new(number);

    /// <summary>The answers on the learner's form: question id → choice ids, comma-separated.</summary>
    private readonly Dictionary<string, string> _form = [];

    private LearnerSession _session = null!;
    private string _attemptPath = string.Empty;
    private string _token = string.Empty;
    private bool _signedOut;
    private bool _submitSent;

    public int Number => number;

    public ExamTally Tally { get; } = new();

    /// <summary>The attempt the site said it started (the start's redirect); null until then.</summary>
    public int? AttemptId { get; private set; }

    /// <summary>The last acknowledged (204) answer of each question: the database must hold it.</summary>
    public Dictionary<string, string> Acknowledged { get; } = [];

    /// <summary>Answers sent after the last acknowledged one without an answer: the database may hold one of them instead.</summary>
    public Dictionary<string, HashSet<string>> Unconfirmed { get; } = [];

    /// <summary>The site acknowledged the submission (the redirect to the review, or later a submit page saying so).</summary>
    public bool Submitted { get; private set; }

    /// <summary>When (on the load's clock) the review page was shown; null when the learner did not get there.</summary>
    public TimeSpan? FinishedAt { get; private set; }

    public bool GaveUp { get; private set; }

    public async Task RunAsync(TimeSpan arrival)
    {
        await Task.Delay(arrival);
        // A learner's connection closes while they think: a thousand idle keep-alive connections would exceed
        // the 1,024 worker_connections of the benchmark's nginx (counting its connections to the nodes).
        using var session = LearnerSession.Open(site, from, idleTimeout: TimeSpan.FromSeconds(1));
        session.Http.Timeout = TimeSpan.FromSeconds(30);
        _session = session;
        if (!await StepAsync(ExamTally.SignIn, SignInAsync) || !await ThenAsync(ExamTally.Lesson, ReadLessonAsync) || !await ThenAsync(ExamTally.Start, StartAsync))
        {
            return;
        }

        foreach (var question in QuizContent.Questions)
        {
            await ThinkAsync();
            Choose(question);
            if (!await StepAsync(ExamTally.Answer, SaveAsync))
            {
                return;
            }
        }

        if (await ThenAsync(ExamTally.Submit, SubmitAsync))
        {
            FinishedAt = clock.Elapsed;
        }
    }

    /// <summary>2-10 s of reading or thought; none for the warm-up learner.</summary>
    private Task ThinkAsync() => thinks ? Task.Delay(TimeSpan.FromSeconds(2 + (8 * _random.NextDouble()))) : Task.CompletedTask;

    private async Task<bool> ThenAsync(string step, Func<Task<string?>> attempt)
    {
        await ThinkAsync();
        return await StepAsync(step, attempt);
    }

    /// <summary>The answer to <paramref name="question"/> goes on the form; one time in five an earlier answer changes too.</summary>
    private void Choose(BenchQuestion question)
    {
        if (_form.Count > 0 && _random.NextDouble() < 0.2)
        {
            var earlierId = _form.Keys.ElementAt(_random.Next(_form.Count));
            var earlier = QuizContent.Questions.First(q => q.Id == earlierId);
            _form[earlier.Id] = string.Join(',', earlier.RandomAnswer(_random));
        }

        _form[question.Id] = string.Join(',', question.RandomAnswer(_random));
    }

    /// <summary>Runs one step, retrying after 2-4 s while it fails; false when the learner gives up.</summary>
    private async Task<bool> StepAsync(string step, Func<Task<string?>> attempt)
    {
        long? failingSince = null;
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            string? failure;
            try
            {
                failure = _signedOut ? await SignInAsync() ?? await attempt() : await attempt();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                failure = e switch
                {
                    TaskCanceledException => $"no answer within {_session.Http.Timeout.TotalSeconds:F0} s",
                    HttpRequestException http => $"connection failed ({http.HttpRequestError})",
                    _ => e.GetType().Name,
                };
            }

            if (failure is null)
            {
                if (failingSince is { } since)
                {
                    Tally.Outage(Stopwatch.GetElapsedTime(since));
                }

                return true;
            }

            Tally.Errors.Add((step, failure));
            failingSince ??= started;
            if (Stopwatch.GetElapsedTime(failingSince.Value) > GiveUpAfter)
            {
                GaveUp = true;
                return false;
            }

            await Task.Delay(TimeSpan.FromSeconds(2 + (2 * _random.NextDouble())));
        }
    }
}
