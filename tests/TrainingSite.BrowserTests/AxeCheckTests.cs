using Xunit.Sdk;

namespace TrainingSite.BrowserTests;

/// <summary>The axe check itself must be able to fail, or a clean report would mean nothing.</summary>
public sealed class AxeCheckTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task AssertAxeClean_ShouldFail_OnAPageWithAnUnlabelledInputAndAnImageWithoutText()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync("<html lang=\"fi\"><head><title>t</title></head><body><main><h1>x</h1><img src=\"/favicon.svg\"><input type=\"text\"></main></body></html>");

        var failure = await Assert.ThrowsAsync<TrueException>(page.AssertAxeCleanAsync);

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
    }
}
