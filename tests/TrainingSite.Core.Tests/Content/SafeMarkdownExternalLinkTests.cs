using TrainingSite.Core.Content;

namespace TrainingSite.Core.Tests.Content;

/// <summary>Links to other sites are marked: a class for the icon, rel="external noopener noreferrer", and words for screen readers in the text's language.</summary>
public sealed class SafeMarkdownExternalLinkTests
{
    [Theory]
    [InlineData("fi", "(ulkoinen sivusto)")]
    [InlineData("sv", "(extern webbplats)")]
    [InlineData("en", "(external site)")]
    public void ToHtml_ShouldMarkAnAbsoluteLink_WithWordsInTheTextsLanguage(string culture, string words)
    {
        var html = SafeMarkdown.ToHtml("Lue [Kelan ohje](https://www.kela.fi/asumistuki).", culture);

        Assert.Contains(
            $"<a href=\"https://www.kela.fi/asumistuki\" class=\"external\" rel=\"external noopener noreferrer\">Kelan ohje<span class=\"visually-hidden\"> {words}</span></a>",
            html,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<https://www.suomi.fi/palvelut>")]
    [InlineData("Katso https://www.suomi.fi/palvelut tästä")]
    [InlineData("[vanha](http://example.fi/sivu)")]
    [InlineData("[ilman protokollaa](//example.fi/sivu)")]
    public void ToHtml_ShouldMarkEveryKindOfLinkToAnotherSite(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown, "fi");

        Assert.Contains("class=\"external\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"external noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\"> (ulkoinen sivusto)</span></a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ohje](/guidance/kela-general-housing-allowance)")]
    [InlineData("[termi](/glossary#hyvinvointialue)")]
    [InlineData("[alla](#minne-menna)")]
    [InlineData("<mailto:neuvonta@example.fi>")]
    [InlineData("[soita](tel:+358295020700)")]
    [InlineData("![kuva](https://example.fi/kuva.png)")]
    public void ToHtml_ShouldLeaveSiteLinksAddressesAndImagesUnmarked(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown, "fi");

        Assert.DoesNotContain("external", html, StringComparison.Ordinal);
        Assert.DoesNotContain("visually-hidden", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://koulutus.example.fi/guidance/kela-general-housing-allowance", false)]
    [InlineData("http://KOULUTUS.example.fi/glossary#kela", false)]
    [InlineData("//koulutus.example.fi/courses", false)]
    [InlineData("https://koulutus.example.fi:8443/x", false)]
    [InlineData("https://www.kela.fi/asumistuki", true)]
    [InlineData("https://koulutus.example.fi.evil.example/x", true)]
    [InlineData("https://evil.example/?next=https://koulutus.example.fi/", true)]
    [InlineData("/guidance/x", false)]
    public void IsExternal_ShouldTreatTheSitesOwnAddressAsInternal(string url, bool external)
    {
        Assert.Equal(external, SafeMarkdown.IsExternal(url, "koulutus.example.fi"));
    }

    [Fact]
    public void ToHtml_ShouldLeaveAnAbsoluteLinkToTheSiteItselfUnmarked_OnceTheSiteAddressIsKnown()
    {
        const string Markdown = "[Ohje](https://koulutus.example.fi/guidance/x) ja [Kela](https://www.kela.fi/).";
        var before = SafeMarkdown.ToHtml(Markdown, "fi");
        try
        {
            SafeMarkdown.UseSiteAddress("https://koulutus.example.fi");

            var html = SafeMarkdown.ToHtml(Markdown, "fi");

            Assert.Contains("<a href=\"https://koulutus.example.fi/guidance/x\">Ohje</a>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://www.kela.fi/\" class=\"external\" rel=\"external noopener noreferrer\">Kela<span class=\"visually-hidden\"> (ulkoinen sivusto)</span></a>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://koulutus.example.fi/guidance/x\" class=\"external\"", before, StringComparison.Ordinal);
        }
        finally
        {
            SafeMarkdown.UseSiteAddress(null);
        }
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    public void ToHtml_ShouldStillNeutraliseUnsafeSchemes_WithoutMarkingThem(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown, "fi");

        Assert.DoesNotMatch("(?i)href=\"[^\"]*(script|data):", html);
        Assert.DoesNotContain("external", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldEscapeTheLinkText_AndNotLetItCloseTheMarking()
    {
        var html = SafeMarkdown.ToHtml("[<b>Kela</b>](https://www.kela.fi/\"onmouseover=\"x)", "fi");

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"onmouseover", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_ShouldNotContainTheWordsForScreenReaders()
    {
        var text = SafeMarkdown.ToPlainText("Lue [Kelan ohje](https://www.kela.fi/asumistuki).");

        Assert.DoesNotContain("ulkoinen", text, StringComparison.Ordinal);
    }
}
