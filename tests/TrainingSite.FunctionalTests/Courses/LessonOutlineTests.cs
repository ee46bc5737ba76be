using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>Issue 16: a lesson shows its course's outline and, after the last lesson, the next step; no attempt reads "not attempted".</summary>
public abstract class LessonOutlineTests(SiteFactory site)
{
    private const string Extra = """, { "id": "SECOND", "title": { "fi": "Toinen oppitunti" }, "body": { "fi": "Toinen teksti" } }""";

    [Fact]
    public async Task Lesson_ShouldShowTheOutlineWithDoneMarks_AndAfterTheLastLessonTheNextCourse()
    {
        var id = CourseSeed.NewId("ol");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "helsinki", id + "-a", extraLesson: Extra.Replace("SECOND", id + "-b", StringComparison.Ordinal))));
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "helsinki");

        var (_, first) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-a");
        await learner.SubmitFormAsync($"/courses/{id}/lessons/{id}-a", new Dictionary<string, string>(), formSelector: "form.mark-read");
        var (_, last) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-b");

        var outline = last.QuerySelector("nav.course-outline");
        Assert.NotNull(outline);
        Assert.Equal(new[] { $"/courses/{id}/lessons/{id}-a", $"/courses/{id}/lessons/{id}-b" }, outline.QuerySelectorAll("li a").Select(a => a.GetAttribute("href") ?? string.Empty).ToArray());
        Assert.Equal($"/courses/{id}/lessons/{id}-a", outline.QuerySelector(".course-outline__item--done a")?.GetAttribute("href"));
        Assert.Single(outline.QuerySelectorAll(".course-outline__item--done"));
        Assert.Equal($"/courses/{id}/lessons/{id}-b", outline.QuerySelector("a[aria-current=page]")?.GetAttribute("href"));
        Assert.Null(outline.QuerySelector(".course-outline__quiz"));
        Assert.Null(first.QuerySelector(".next-step"));
        var next = last.QuerySelector(".next-step a.button")?.GetAttribute("href");
        Assert.Matches($"^/courses/(?!{id}/)[^/]+/(lessons/[^/]+|quiz)$", next);
    }

    [Fact]
    public async Task LastLesson_ShouldLeadToTheQuiz_AndACourseWithoutAttemptsSaysNotAttempted()
    {
        var course = await QuizSeed.CourseWithQuizAsync(site, region: "vantaa");
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "vantaa");

        var (_, lesson) = await learner.GetPageAsync($"/courses/{course}/lessons/{course}-l");
        var (_, before) = await learner.GetPageAsync($"/courses/{course}");
        var (read, _) = await learner.SubmitFormAsync($"/courses/{course}/lessons/{course}-l", new Dictionary<string, string>(), formSelector: "form.mark-read");
        await QuizSeed.StartAttemptAsync(learner, course);
        var (_, open) = await learner.GetPageAsync($"/courses/{course}");

        Assert.Equal($"/courses/{course}/quiz", lesson.QuerySelector(".next-step a.button")?.GetAttribute("href"));
        Assert.Equal($"/courses/{course}/quiz", lesson.QuerySelector(".course-outline__quiz a")?.GetAttribute("href"));
        Assert.Contains("ei vielä tehty", lesson.QuerySelector(".course-outline__quiz")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal($"/courses/{course}/quiz", read.Headers.Location?.OriginalString);
        var quizState = before.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains("Et ole vielä tehnyt tietovisaa.", quizState);
        Assert.DoesNotContain(quizState, p => p.Contains("0 %", StringComparison.Ordinal));
        Assert.Contains("Tietovisa on kesken: et ole vielä palauttanut vastauksiasi.", open.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()));
    }
}

public sealed class LessonOutlineTestsOnSqlite(SqliteSiteFactory site) : LessonOutlineTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class LessonOutlineTestsOnPostgres(PostgresSiteFactory site) : LessonOutlineTests(site), IClassFixture<PostgresSiteFactory>;
