using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Quizzes.Models;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>A time on a page is Finnish time, day-month-year and the 24-hour clock in every language: never "12/6/2026 4:07 PM".</summary>
public abstract class DateFormatTests(SiteFactory site)
{
    [Fact]
    public async Task QuizAttemptTime_ShouldBeFinnishTime_DayMonthYear_AndThe24HourClock_InEnglishFinnishAndSwedish()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        var attemptUrl = await QuizSeed.StartAttemptAsync(learner, course);
        await learner.SubmitFormAsync(attemptUrl + "/submit", new Dictionary<string, string>());
        var attemptId = int.Parse(attemptUrl[(attemptUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var submitted = await site.WithServiceAsync(services =>
            services.GetRequiredService<TrainingDbContext>().Set<QuizAttempt>().Where(a => a.Id == attemptId).Select(a => a.SubmittedAt).SingleAsync());
        var helsinki = TimeZoneInfo.ConvertTime(submitted!.Value, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"));
        var day = $"{helsinki.Day}.{helsinki.Month}.{helsinki.Year}";

        var english = await SubmittedCellAsync(learner, course, "en");
        var finnish = await SubmittedCellAsync(learner, course, "fi");
        var swedish = await SubmittedCellAsync(learner, course, "sv");

        Assert.Equal($"{day} {helsinki.Hour}:{helsinki.Minute:00}", english);
        Assert.Equal($"{day} {helsinki.Hour}.{helsinki.Minute:00}", finnish);
        Assert.Equal($"{day} {helsinki.Hour}.{helsinki.Minute:00}", swedish);
        Assert.DoesNotMatch("AM|PM|/", english);
    }

    private static async Task<string?> SubmittedCellAsync(SiteClient learner, string course, string language)
    {
        var (_, page) = await learner.GetPageAsync($"/courses/{course}/quiz", acceptLanguage: language);
        return page.QuerySelector("main table tbody tr td")?.TextContent.Trim();
    }
}

public sealed class DateFormatTestsOnSqlite(SqliteSiteFactory site) : DateFormatTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class DateFormatTestsOnPostgres(PostgresSiteFactory site) : DateFormatTests(site), IClassFixture<PostgresSiteFactory>;
