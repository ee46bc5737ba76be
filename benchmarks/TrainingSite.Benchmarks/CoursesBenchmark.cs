using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;

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
    private const string Password = "Bench-mark-2026!";

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
            var cookie = await SignInAsync(logged.Url, "learner-0001@example.fi");
            await GetAsync(logged.Url + lesson, cookie);
            var before = logged.CommandCount;
            await GetAsync(logged.Url + lesson, cookie);
            await Task.Delay(500);
            queries = logged.CommandCount - before;
        }

        await using var site = await SiteProcess.StartAsync(database, port + 1);
        var auth = await SignInAsync(site.Url, "learner-0002@example.fi");
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
        await SiteProcess.RunVerbAsync(database, "migrate");
        var recipeFile = Path.Combine(database.Folder, "bench.recipe.json");
        await File.WriteAllTextAsync(recipeFile, Recipe().ToJsonString());
        await SiteProcess.RunVerbAsync(database, "recipe", "import", Path.Combine(AppContext.BaseDirectory, "content-recipes", "00-regions.recipe.json"));
        await SiteProcess.RunVerbAsync(database, "recipe", "import", recipeFile);
        await InsertLearnersAsync(database);
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
                    ["title"] = Localized(culture => text.Sentence(culture, 4).TrimEnd('.')),
                    ["body"] = Localized(culture => text.Markdown(culture, 450)),
                    ["minutes"] = 4,
                });
            }

            courses.Add(new JsonObject
            {
                ["id"] = $"bench-course-{c:00}",
                ["region"] = regions[c % regions.Length],
                ["order"] = c,
                ["status"] = "published",
                ["title"] = Localized(culture => text.Sentence(culture, 3).TrimEnd('.')),
                ["summary"] = Localized(culture => text.Sentence(culture, 20)),
                ["lessons"] = lessons,
            });
        }

        return new JsonObject { ["name"] = "bench", ["steps"] = new JsonArray(new JsonObject { ["step"] = "courses", ["courses"] = courses }) };
    }

    private static JsonObject Localized(Func<string, string> text) => new() { ["fi"] = text("fi"), ["sv"] = text("sv"), ["en"] = text("en") };

    /// <summary>2,000 learners with one precomputed password hash, each having read a few lessons.</summary>
    private static async Task InsertLearnersAsync(BenchmarkDatabase database)
    {
        var hash = new PasswordHasher<object>().HashPassword(new object(), Password);
        var random = new Random(7);
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync();
        var learnerRole = await ScalarAsync(connection, transaction, "SELECT \"Id\" FROM \"AspNetRoles\" WHERE \"Name\" = 'Learner'");
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= Learners; i++)
        {
            var id = Guid.NewGuid().ToString();
            var email = $"learner-{i:0000}@example.fi";
            await ExecuteAsync(connection, transaction,
                "INSERT INTO \"AspNetUsers\" (\"Id\", \"DisplayName\", \"HomeRegionId\", \"PreferredLanguage\", \"CreatedAt\", \"UserName\", \"NormalizedUserName\", \"Email\", \"NormalizedEmail\", \"EmailConfirmed\", \"PasswordHash\", \"SecurityStamp\", \"ConcurrencyStamp\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") " +
                "VALUES (@id, @name, 'espoo', 'fi', @now, @email, @upper, @email, @upper, TRUE, @hash, @stamp, @stamp, FALSE, FALSE, TRUE, 0)",
                ("@id", id), ("@name", $"Learner {i}"), ("@now", now), ("@email", email), ("@upper", email.ToUpperInvariant()), ("@hash", hash), ("@stamp", Guid.NewGuid().ToString("N")));
            await ExecuteAsync(connection, transaction, "INSERT INTO \"AspNetUserRoles\" (\"UserId\", \"RoleId\") VALUES (@id, @role)", ("@id", id), ("@role", learnerRole));
            foreach (var course in Enumerable.Range(1, 3).Select(_ => random.Next(1, Courses + 1)).Distinct())
            {
                for (var l = 1; l <= random.Next(1, LessonsPerCourse + 1); l++)
                {
                    await ExecuteAsync(connection, transaction,
                        "INSERT INTO \"LessonProgress\" (\"UserId\", \"LessonId\", \"CourseId\", \"OpenedAt\", \"ReadAt\") VALUES (@id, @lesson, @course, @now, @now)",
                        ("@id", id), ("@lesson", $"bench-course-{course:00}-lesson-{l:00}"), ("@course", $"bench-course-{course:00}"), ("@now", now));
                }
            }
        }

        await transaction.CommitAsync();
    }

    private static async Task<string> SignInAsync(string site, string email)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var form = await http.GetStringAsync($"{site}/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await http.PostAsync($"{site}/account/login", new FormUrlEncodedContent(
            [new("Input.Email", email), new("Input.Password", Password), new("__RequestVerificationToken", token)]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }

        return string.Join("; ", cookies.GetCookies(new Uri(site)).Select(c => $"{c.Name}={c.Value}"));
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

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
