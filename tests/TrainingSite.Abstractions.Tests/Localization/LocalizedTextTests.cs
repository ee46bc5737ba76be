using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Tests.Localization;

public sealed class LocalizedTextTests
{
    [Fact]
    public void Resolve_ShouldGiveTheAskedCulture_WhenItExists()
    {
        var text = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Asuminen", ["sv"] = "Boende" });

        Assert.Equal(new LocalizedTextValue("Boende", "sv", IsFallback: false), text.Resolve("sv"));
    }

    [Theory]
    [InlineData("en", "Asuminen", "fi")]
    [InlineData("fi", "Asuminen", "fi")]
    public void Resolve_ShouldFallBackToFinnishFirst(string culture, string expected, string expectedCulture)
    {
        var text = new LocalizedText(new Dictionary<string, string> { ["sv"] = "Boende", ["fi"] = "Asuminen" });

        var value = text.Resolve(culture);

        Assert.Equal((expected, expectedCulture), (value.Text, value.Culture));
        Assert.Equal(culture != "fi", value.IsFallback);
    }

    [Fact]
    public void Resolve_ShouldSkipBlankTranslations()
    {
        var text = new LocalizedText(new Dictionary<string, string> { ["en"] = "  ", ["sv"] = "Boende" });

        Assert.Equal(new LocalizedTextValue("Boende", "sv", IsFallback: true), text.Resolve("en"));
    }
}
