using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

public abstract class LearnerTests(SiteFactory site)
{
    [Fact]
    public async Task Catalogue_ShouldShowCoursesAndLessonTitlesToVisitors_ButNotTheLessons()
    {
        var id = CourseSeed.NewId("an");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l")));
        using var visitor = site.CreateSiteClient();

        var (catalogue, cataloguePage) = await visitor.GetPageAsync("/courses");
        var (course, coursePage) = await visitor.GetPageAsync($"/courses/{id}");
        var (lesson, _) = await visitor.GetPageAsync($"/courses/{id}/lessons/{id}-l");

        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);
        Assert.NotNull(cataloguePage.QuerySelector($"a[href='/courses/{id}']"));
        Assert.Equal(HttpStatusCode.OK, course.StatusCode);
        Assert.Contains($"Oppitunti {id}-l", coursePage.QuerySelector(".lesson-list")?.TextContent, StringComparison.Ordinal);
        Assert.Null(coursePage.QuerySelector($".lesson-list a[href='/courses/{id}/lessons/{id}-l']"));
        Assert.Equal(HttpStatusCode.Redirect, lesson.StatusCode);
        Assert.StartsWith("/account/login", lesson.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_ShouldPutTheHomeSectionBeforeOtherRegions_AndMarkThem()
    {
        var (espoo, kokkola) = (CourseSeed.NewId("ho-e"), CourseSeed.NewId("ho-k"));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(espoo, "espoo", espoo + "-l"), CourseSeed.Course(kokkola, "kokkola", kokkola + "-l")));
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");

        var (_, page) = await learner.GetPageAsync("/courses");

        Assert.NotNull(page.QuerySelector($"#home-section ~ * a[href='/courses/{espoo}'], section[aria-labelledby=home-section] a[href='/courses/{espoo}']"));
        var other = page.QuerySelector("section[aria-labelledby=other-sections]");
        Assert.NotNull(other?.QuerySelector($"a[href='/courses/{kokkola}']"));
        Assert.NotNull(other?.QuerySelector(".badge"));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=my-progress]"));
    }

    [Fact]
    public async Task Lesson_ShouldBeShownInTheLearnersLanguage_OrWithAFallbackNotice()
    {
        var id = CourseSeed.NewId("la");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l")));
        using var swedish = await site.SignedInClientAsync([Roles.Learner], language: "sv");
        using var english = await site.SignedInClientAsync([Roles.Learner], language: "en");

        var (_, inSwedish) = await swedish.GetPageAsync($"/courses/{id}/lessons/{id}-l");
        var (_, inEnglish) = await english.GetPageAsync($"/courses/{id}/lessons/{id}-l");

        Assert.Equal($"Lektion {id}-l", inSwedish.QuerySelector("h1")?.TextContent);
        Assert.NotNull(inSwedish.QuerySelector(".lesson .notice"));
        Assert.Equal("fi", inSwedish.QuerySelector("article.lesson")?.GetAttribute("lang"));
        Assert.Equal($"Oppitunti {id}-l", inEnglish.QuerySelector("h1")?.TextContent);
        Assert.Contains("Suomi", inEnglish.QuerySelector(".lesson .notice")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_ShouldRenderMarkdownSafely()
    {
        var id = CourseSeed.NewId("md");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, null, id + "-l",
            lessonBody: "## Minne mennä\n\n<script>alert('x')</script>\n\n[Kela](https://www.kela.fi) ja [paha](javascript:alert(1))")));
        using var learner = await site.SignedInClientAsync([Roles.Learner]);

        var (_, page) = await learner.GetPageAsync($"/courses/{id}/lessons/{id}-l");

        var prose = page.QuerySelector(".prose")!;
        Assert.Equal("Minne mennä", prose.QuerySelector("h2")?.TextContent);
        Assert.Null(prose.QuerySelector("script"));
        Assert.Contains("<script>", prose.TextContent, StringComparison.Ordinal);
        Assert.NotNull(prose.QuerySelector("a[href='https://www.kela.fi']"));
        Assert.DoesNotContain("javascript:", prose.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MarkAsRead_ShouldRecordProgress_MoveOn_AndCompleteTheCourse()
    {
        var id = CourseSeed.NewId("pr");
        const string second = """, { "id": "SECOND", "title": { "fi": "Toinen" }, "body": { "fi": "Toinen teksti" } }""";
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(id, "espoo", id + "-a", extraLesson: second.Replace("SECOND", id + "-b", StringComparison.Ordinal))));
        var email = $"progress-{Guid.NewGuid():N}@example.fi";
        var user = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);

        var (_, before) = await learner.GetPageAsync($"/courses/{id}");
        var (first, _) = await learner.SubmitFormAsync($"/courses/{id}/lessons/{id}-a", new Dictionary<string, string>(), formSelector: "form.mark-read");
        var (_, middle) = await learner.GetPageAsync($"/courses/{id}");
        var (last, _) = await learner.SubmitFormAsync($"/courses/{id}/lessons/{id}-b", new Dictionary<string, string>(), formSelector: "form.mark-read");
        var (again, _) = await learner.PostAsync($"/courses/{id}/lessons/{id}-a?handler=Read", [new("__RequestVerificationToken", await learner.AntiforgeryTokenAsync())]);
        var (_, after) = await learner.GetPageAsync($"/courses/{id}");

        Assert.Equal("Aloita kurssi", before.QuerySelector("main a.button")?.TextContent);
        Assert.Equal($"/courses/{id}/lessons/{id}-b", first.Headers.Location?.OriginalString);
        Assert.Equal($"/courses/{id}/lessons/{id}-b", middle.QuerySelector("main a.button")?.GetAttribute("href"));
        Assert.Equal($"/courses/{id}", last.Headers.Location?.OriginalString);
        Assert.Equal(2, after.QuerySelectorAll(".lesson-list__item--done").Length);
        Assert.Null(after.QuerySelector("main a.button"));
        var rows = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<LessonProgress>().CountAsync(p => p.UserId == user.Id));
        Assert.Equal(2, rows);
        var package = await site.WithServiceAsync(services => services.GetRequiredService<ICourseProgress>().ForLearnerAsync(user.Id, "espoo", CancellationToken.None));
        Assert.True(package.Regional.Single(c => c.CourseId == id).Complete);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ShouldShowTheNationalPartAndTheRegionalSectionApart()
    {
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "kokkola");
        using var visitor = site.CreateSiteClient();

        var (response, page) = await learner.GetPageAsync("/dashboard");
        var (anonymous, _) = await visitor.GetPageAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=dash-national] .course-list"));
        Assert.Contains("Kokkola", page.QuerySelector("#dash-regional")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".facts dt").Length);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("/courses/no-such-course")]
    [InlineData("/courses/no-such-course/lessons/x")]
    public async Task UnknownCourse_ShouldAnswer404(string url)
    {
        using var learner = await site.SignedInClientAsync([Roles.Learner]);

        var (response, _) = await learner.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class LearnerTestsOnSqlite(SqliteSiteFactory site) : LearnerTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class LearnerTestsOnPostgres(PostgresSiteFactory site) : LearnerTests(site), IClassFixture<PostgresSiteFactory>;
