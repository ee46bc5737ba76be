using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Courses.Models;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// Issue 15's browser test: Espoo's coordinator signs in once, then in Finnish, Swedish and English, at 1280 and 375
/// px, opens the dashboard, filters the learners by status, opens the course reports and one course's report; axe finds
/// nothing serious on any of them, nor on the search report and the region's audit trail. The CSV is downloaded from the filtered list (BOM, semicolons, the learner's name
/// with ä/ö intact, no learner of another region). The learners are written directly; their counts have tests of their own.
/// </summary>
public sealed partial class ReportsJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Course = "guidance-in-multilingual-work";

    private static readonly (string Language, string Switch)[] Languages = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")];

    [Fact]
    public async Task Coordinator_FiltersLearners_DownloadsTheCsv_AndOpensACourseReport_AxeCleanInEveryLanguageAndWidth()
    {
        await SeedAsync();
        var page = await SignedInPageAsync("koordinaattori@example.fi", "/reports");

        foreach (var (language, switchTo) in Languages)
        {
            if (language != "fi")
            {
                await page.GetByRole(AriaRole.Button, new() { Name = switchTo }).ClickAsync();
            }

            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            foreach (var width in new[] { 1280, 375 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await VisitReportsAsync(page, language, width);
            }
        }
    }

    [Fact]
    public async Task Administrator_ReadsTheAuditTrail_AxeCleanAtBothWidths()
    {
        await site.CreateUserAsync("yllapitaja-audit@example.fi", [Roles.Administrator], language: "fi");
        var page = await SignedInPageAsync("yllapitaja-audit@example.fi", "/admin/audit");

        foreach (var width in new[] { 1280, 375 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync("/admin/audit");
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await page.AssertAxeCleanAsync();
            await page.SaveAsync($"admin-audit-fi-{width}");
        }
    }

    /// <summary>A new page signed in through the Finnish login form, landed on <paramref name="path"/>.</summary>
    private async Task<IPage> SignedInPageAsync(string email, string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(path)}");
        await page.GetByLabel("Sähköposti").FillAsync(email);
        await page.GetByLabel("Salasana").FillAsync(SiteFactory.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
        return page;
    }

    private static async Task VisitReportsAsync(IPage page, string language, int width)
    {
        var shot = $"reports-{language}-{width}";
        await page.GotoAsync("/reports");
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await page.AssertAxeCleanAsync();
        await page.SaveAsync(shot + "-dashboard");

        // The learners page's own filter form: the status chosen by its visible name, sent with its button.
        await ReportsNav(page).GetByRole(AriaRole.Link, new() { Name = Text.Learners[language], Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/reports/learners");
        await page.GetByLabel(Text.Status[language], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Text.InProgress[language] });
        await page.GetByRole(AriaRole.Button, new() { Name = Text.Filter[language], Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("status=InProgress"));
        var table = page.Locator("main table").First;
        await Assertions.Expect(table).ToContainTextAsync("Päivi Hämäläinen");
        await Assertions.Expect(table).Not.ToContainTextAsync("Sören Åström");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Helka Helsinkiläinen");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync(shot + "-learners");

        if (language == "fi" && width == 1280)
        {
            await AssertCsvAsync(page);
        }

        await ReportsNav(page).GetByRole(AriaRole.Link, new() { Name = Text.Courses[language], Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/reports/courses");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync(shot + "-courses");
        await page.GetByRole(AriaRole.Link, new() { Name = CourseTitle(language), Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/reports/courses/{Course}");
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(CourseTitle(language));
        await page.AssertAxeCleanAsync();
        await page.SaveAsync(shot + "-course");

        // The search report and the region's audit trail: reached from the same navigation, axe clean as well.
        foreach (var (path, name) in new[] { ("/reports/search", "search"), ("/reports/audit", "audit") })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await page.AssertAxeCleanAsync();
            await page.SaveAsync($"{shot}-{name}");
        }
    }

    /// <summary>The filtered list's CSV, as the browser downloads it: UTF-8 with a BOM, semicolons for Finnish, the filter and the scope kept.</summary>
    private static async Task AssertCsvAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = CsvLink() }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV should start with a UTF-8 BOM");
        var lines = Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(';', lines[0]);
        Assert.Contains(lines, l => l.Contains("Päivi Hämäläinen", StringComparison.Ordinal) && l.Contains("Espoon kaupunki", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Sören Åström", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Helsinkiläinen", StringComparison.Ordinal));
    }

    /// <summary>
    /// Espoo's coordinator; in Espoo a learner in progress (one lesson read), one not started and one certified; in
    /// Helsinki a learner in progress, whom the coordinator must never see.
    /// </summary>
    private async Task SeedAsync()
    {
        await site.CreateUserAsync("koordinaattori@example.fi", [Roles.RegionalCoordinator, Roles.NetworkMember], homeRegion: "espoo", coordinatedRegions: ["espoo"], language: "fi");
        var inProgress = await LearnerAsync("paivi@example.fi", "Päivi Hämäläinen", "Espoon kaupunki, työllisyyspalvelut", "espoo");
        await LearnerAsync("soren@example.fi", "Sören Åström", "Folkhälsan", "espoo");
        var certified = await LearnerAsync("vaino@example.fi", "Väinö Öhman", "Ohjaamo Espoo", "espoo");
        var helsinki = await LearnerAsync("helka@example.fi", "Helka Helsinkiläinen", "Helsingin kaupunki", "helsinki");
        var lesson = ShippedPackage.Courses("espoo").First(c => c.Id == Course).Lessons[0];
        await site.WithServiceAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            var now = DateTimeOffset.UtcNow;
            foreach (var learner in new[] { inProgress, helsinki })
            {
                db.Add(new LessonProgress { UserId = learner.Id, LessonId = lesson, CourseId = Course, OpenedAt = now.AddDays(-2), ReadAt = now.AddDays(-2) });
            }

            db.Add(new Certificate
            {
                UserId = certified.Id,
                Programme = CertificateProgrammes.TrainingPackage,
                Code = VerificationCode.New(),
                HolderName = certified.DisplayName,
                RegionId = "espoo",
                RegionName = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Espoo", ["sv"] = "Esbo", ["en"] = "Espoo" }),
                Issuer = new LocalizedText(new Dictionary<string, string> { ["fi"] = "TrainingSite" }),
                CompletedAt = now.AddDays(-1),
            });
            return await db.SaveChangesAsync();
        });
    }

    private async Task<TrainingUser> LearnerAsync(string email, string name, string organisation, string region)
    {
        var learner = await site.CreateUserAsync(email, [Roles.Learner, Roles.NetworkMember], homeRegion: region);
        return await site.WithServiceAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TrainingUser>>();
            var user = (await users.FindByIdAsync(learner.Id))!;
            user.DisplayName = name;
            user.Organisation = organisation;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            return user;
        });
    }

    /// <summary>The reports' own navigation (the site's header has a "Courses" link too).</summary>
    private static ILocator ReportsNav(IPage page) => page.Locator("nav.report-nav");

    /// <summary>The course's title in <paramref name="language"/>, from the shipped recipe (never from the page under test).</summary>
    private static string CourseTitle(string language)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "national-package.recipe.json")));
        return recipe.RootElement.GetProperty("steps").EnumerateArray()
            .SelectMany(s => s.GetProperty("courses").EnumerateArray())
            .First(c => c.GetProperty("id").GetString() == Course)
            .GetProperty("title").GetProperty(language).GetString()!;
    }

    [GeneratedRegex("CSV")]
    private static partial Regex CsvLink();

    /// <summary>The visible labels the test uses, per language.</summary>
    private static class Text
    {
        public static readonly Dictionary<string, string> Learners = new() { ["fi"] = "Oppijat", ["sv"] = "Deltagare", ["en"] = "Learners" };
        public static readonly Dictionary<string, string> Courses = new() { ["fi"] = "Kurssit", ["sv"] = "Kurser", ["en"] = "Courses" };
        public static readonly Dictionary<string, string> Status = new() { ["fi"] = "Tilanne", ["sv"] = "Status", ["en"] = "Status" };
        public static readonly Dictionary<string, string> InProgress = new() { ["fi"] = "Kesken", ["sv"] = "Pågår", ["en"] = "In progress" };
        public static readonly Dictionary<string, string> Filter = new() { ["fi"] = "Näytä", ["sv"] = "Visa", ["en"] = "Show" };
    }
}
