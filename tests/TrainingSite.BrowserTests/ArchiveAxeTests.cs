using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// The course editor's archive, restore and purge panels (a course whose lesson two learners have opened) in fi, sv and
/// en at 1280 and 375 px: an administrator archives the course with the keyboard-reachable checkbox and button, axe
/// finds nothing on the editor before and after, and the page never scrolls sideways.
/// </summary>
public sealed class ArchiveAxeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("fi", 1280)]
    [InlineData("fi", 375)]
    [InlineData("sv", 1280)]
    [InlineData("sv", 375)]
    [InlineData("en", 1280)]
    [InlineData("en", 375)]
    public async Task ArchivingACourseWithLearners_ShouldBeAxeClean_AndFitTheWidth(string language, int width)
    {
        var id = $"arkisto-{language}-{width}";
        await ImportCourseAsync(id);
        await AddLearnersAsync(id, 2);
        var email = $"admin-archive-{language}-{width}@example.fi";
        await site.CreateUserAsync(email, [Roles.Administrator], homeRegion: "espoo", language: language);
        var page = await site.NewPageAsync(locale: language, width: width);
        await page.GotoAsync($"/account/login?returnUrl=%2Fauthoring%2Fcourses%2F{id}");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", SiteFactory.DefaultPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync($"**/authoring/courses/{id}");

        await Assertions.Expect(page.Locator("label[for=ConfirmArchive]")).ToContainTextAsync("2");
        await page.AssertAxeCleanAsync();
        await AssertFitsAsync(page, width);
        await page.SaveAsync($"i16-archive-offer-{language}-{width}");

        await page.Locator("#ConfirmArchive").CheckAsync();
        await page.Locator("form[action*='handler=Archive'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/authoring/courses/{id}");
        await Assertions.Expect(page.Locator("form[action*='handler=Unarchive']")).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();
        await AssertFitsAsync(page, width);
        await page.SaveAsync($"i16-archive-archived-{language}-{width}");
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the course editor scrolls sideways by {overflow}px at {width}px");
    }

    private Task<bool> ImportCourseAsync(string id) =>
        site.WithServiceAsync(async services =>
        {
            var recipe = $$"""
                { "name": "archive", "steps": [ { "step": "courses", "courses": [ { "id": "{{id}}", "region": "espoo", "order": 90, "status": "published",
                  "title": { "fi": "Arkistoitava {{id}}", "sv": "Arkiveras {{id}}", "en": "To archive {{id}}" }, "summary": { "fi": "Tiivistelmä." },
                  "lessons": [ { "id": "{{id}}-l", "title": { "fi": "Oppitunti" }, "body": { "fi": "Teksti." }, "minutes": 5 } ] } ] } ] }
                """;
            var result = await services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return true;
        });

    /// <summary>Learners who have opened the course's lesson, as the lesson page records it.</summary>
    private async Task AddLearnersAsync(string id, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var learner = await site.CreateUserAsync($"learner-{id}-{i}@example.fi", [Roles.Learner], homeRegion: "espoo");
            await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "LessonProgress" ("UserId", "LessonId", "CourseId", "OpenedAt", "ReadAt") VALUES ({learner.Id}, {id + "-l"}, {id}, {DateTimeOffset.UtcNow}, NULL)"""));
        }
    }
}
