using System.Globalization;
using System.Net;

namespace TrainingSite.Benchmarks;

/// <summary>Signs the seeded learners in and starts one attempt each, as a browser would, before the load.</summary>
public static class QuizLearnerSetup
{
    /// <summary>Sign-ins per source address, below the login form's limit of 60 posts a minute per address.</summary>
    private const int SignInsPerAddress = 40;

    public static async Task<IReadOnlyList<QuizLearner>> PrepareAsync(string site, int count)
    {
        var learners = new QuizLearner[count];
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (number, _) =>
        {
            learners[number - 1] = await PrepareOneAsync(site, number);
        });
        return learners;
    }

    private static async Task<QuizLearner> PrepareOneAsync(string site, int number)
    {
        var from = new IPAddress([127, 0, 1, (byte)(1 + ((number - 1) / SignInsPerAddress))]);
        using var session = await LearnerSession.SignInAsync(site, BenchmarkSeed.LearnerEmail(number), from);
        var quiz = $"/courses/{QuizContent.CourseId}/quiz";
        var startToken = await session.FormTokenAsync(quiz);
        using var started = await session.Http.PostAsync($"{site}{quiz}?handler=Start", new FormUrlEncodedContent([new("__RequestVerificationToken", startToken)]));
        var attemptPath = started.Headers.Location?.OriginalString;
        if (started.StatusCode != HttpStatusCode.Redirect || attemptPath is null)
        {
            throw new InvalidOperationException($"Starting the quiz as learner {number} answered {(int)started.StatusCode}");
        }

        // The token comes from the attempt page's own form, as the page's autosave script sends it.
        var token = await session.FormTokenAsync(attemptPath);
        var attemptId = int.Parse(attemptPath[(attemptPath.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        return new QuizLearner(number, session.CookieHeader, attemptId, $"{site}{attemptPath}?handler=Save", token);
    }
}
