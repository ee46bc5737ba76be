using System.Text;
using Microsoft.Playwright;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.BrowserTests;

/// <summary>
/// The administration pages changed for issue 16 (the admin home's figures, /status, the users table's region names,
/// the history's Compare message, a recipe's JSON error) in fi, sv and en at 1280 and 375 px: axe finds nothing, and
/// /admin and /status never scroll sideways.
/// </summary>
public sealed class AdminPagesAxeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("fi", 1280)]
    [InlineData("fi", 375)]
    [InlineData("sv", 1280)]
    [InlineData("sv", 375)]
    [InlineData("en", 1280)]
    [InlineData("en", 375)]
    public async Task ChangedAdminPages_ShouldBeAxeClean_AndFitTheWidth(string language, int width)
    {
        var email = $"admin-{language}-{width}-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Administrator], homeRegion: "espoo", language: language);
        var page = await site.NewPageAsync(locale: language, width: width);
        await page.GotoAsync("/account/login?returnUrl=%2Fadmin");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", SiteFactory.DefaultPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/admin");

        foreach (var (url, name, mustFit) in new[]
        {
            ("/admin", "admin-home", true),
            ("/status", "status", true),
            ($"/admin/users?q={Uri.EscapeDataString(email)}", "admin-users", false),
            ("/authoring/courses/espoo-service-points/history?compare=true", "history-compare-error", false),
        })
        {
            await page.GotoAsync(url);
            await page.AssertAxeCleanAsync();
            await page.SaveAsync($"i16-{name}-{language}-{width}");
            if (mustFit)
            {
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at {width}px");
            }
        }

        await page.GotoAsync("/admin/recipes");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "rikki.recipe.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  \"steps\": [ }\n") });
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary .problems li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("LineNumber");
        await page.AssertAxeCleanAsync();
        await page.SaveAsync($"i16-recipe-error-{language}-{width}");
    }
}
