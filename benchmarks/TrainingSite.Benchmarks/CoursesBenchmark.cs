using System.Net;
using System.Text.Json.Nodes;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Issue 3's benchmark: a package of 30 courses × 10 lessons and 2,000 learners; the lesson page as a
/// signed-in learner under wrk (64 connections, 30 s) beside /health in the same run, and the SQL commands
/// one lesson request executes.
/// </summary>
public static class CoursesBenchmark
{
    private const int Courses = 30;
    private const int LessonsPerCourse = 10;
    private const int Learners = 2000;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(options.Provider);
        Console.WriteLine($"Provider: {database.Provider}. Seeding {Courses} courses × {LessonsPerCourse} lessons and {Learners} learners ...");
        await SeedAsync(database);

        const string lesson = "/courses/bench-course-05/lessons/bench-course-05-lesson-05";
        var port = 5600 + Random.Shared.Next(300);
        int queries;
        await using (var logged = await SiteProcess.StartAsync(database, port, logCommands: true))
        {
            using var learner = await LearnerSession.SignInAsync(logged.Url, BenchmarkSeed.LearnerEmail(1));
            var cookie = learner.CookieHeader;
            await GetAsync(logged.Url + lesson, cookie);
            var before = logged.CommandCount;
            await GetAsync(logged.Url + lesson, cookie);
            await Task.Delay(500);
            queries = logged.CommandCount - before;
        }

        await using var site = await SiteProcess.StartAsync(database, port + 1);
        using var signedIn = await LearnerSession.SignInAsync(site.Url, BenchmarkSeed.LearnerEmail(2));
        var auth = signedIn.CookieHeader;
        for (var i = 0; i < 200; i++)
        {
            await GetAsync(site.Url + lesson, auth);
        }

        var health = await Wrk.RunAsync(site.Url + "/health", options.Connections, options.Seconds, cookie: null);
        var page = await Wrk.RunAsync(site.Url + lesson, options.Connections, options.Seconds, auth);

        Console.WriteLine();
        Console.WriteLine($"wrk -t{Math.Min(2, options.Connections)} -c{options.Connections} -d{options.Seconds}s on {database.Provider}, one machine (2 cores shared by wrk and the site)");
        Console.WriteLine("| endpoint | requests/s | p50 ms | p99 ms | errors |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var result in new[] { health, page })
        {
            Console.WriteLine($"| {new Uri(result.Url).AbsolutePath} | {result.RequestsPerSecond:F0} | {result.P50Milliseconds:F2} | {result.P99Milliseconds:F2} | {result.Errors} |");
        }

        Console.WriteLine($"lesson page / health: {100 * page.RequestsPerSecond / health.RequestsPerSecond:F1} % (goal >= 15 %); p99 {page.P99Milliseconds:F1} ms (goal < 50 ms)");
        Console.WriteLine($"SQL commands per lesson request: {queries}");
        return 0;
    }

    private static async Task SeedAsync(BenchmarkDatabase database)
    {
        await BenchmarkSeed.ImportAsync(database, Recipe());
        var random = new Random(7);
        var now = DateTimeOffset.UtcNow;

        // Each learner has read a few lessons of up to three courses.
        await BenchmarkSeed.InsertLearnersAsync(database, Learners, async (sql, userId, _) =>
        {
            foreach (var course in Enumerable.Range(1, 3).Select(_ => random.Next(1, Courses + 1)).Distinct())
            {
                for (var l = 1; l <= random.Next(1, LessonsPerCourse + 1); l++)
                {
                    await sql.ExecuteAsync(
                        "INSERT INTO \"LessonProgress\" (\"UserId\", \"LessonId\", \"CourseId\", \"OpenedAt\", \"ReadAt\") VALUES (@id, @lesson, @course, @now, @now)",
                        ("@id", userId), ("@lesson", $"bench-course-{course:00}-lesson-{l:00}"), ("@course", $"bench-course-{course:00}"), ("@now", now));
                }
            }
        });
    }

    private static JsonObject Recipe()
    {
        var text = new TextGenerator(42);
        var regions = new string?[] { null, null, "helsinki", "espoo", "vantaa", "kokkola" };
        var courses = new JsonArray();
        for (var c = 1; c <= Courses; c++)
        {
            var lessons = new JsonArray();
            for (var l = 1; l <= LessonsPerCourse; l++)
            {
                lessons.Add(new JsonObject
                {
                    ["id"] = $"bench-course-{c:00}-lesson-{l:00}",
                    ["title"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 4).TrimEnd('.')),
                    ["body"] = BenchmarkSeed.Localized(culture => text.Markdown(culture, 450)),
                    ["minutes"] = 4,
                });
            }

            courses.Add(new JsonObject
            {
                ["id"] = $"bench-course-{c:00}",
                ["region"] = regions[c % regions.Length],
                ["order"] = c,
                ["status"] = "published",
                ["title"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 3).TrimEnd('.')),
                ["summary"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 20)),
                ["lessons"] = lessons,
            });
        }

        return BenchmarkSeed.CoursesRecipe(courses);
    }

    private static async Task GetAsync(string url, string cookie)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        }
    }
}
