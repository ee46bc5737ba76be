using Microsoft.Playwright;

namespace TrainingSite.BrowserTests;

/// <summary>With TRAININGSITE_SCREENSHOTS set to a folder, tests save full-page screenshots there for a person to look at.</summary>
public static class Screenshots
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("TRAININGSITE_SCREENSHOTS");

    public static async Task SaveAsync(this IPage page, string name)
    {
        if (string.IsNullOrEmpty(Folder))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
