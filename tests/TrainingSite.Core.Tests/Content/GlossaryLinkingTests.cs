using System.Text.RegularExpressions;
using TrainingSite.Core.Content;

namespace TrainingSite.Core.Tests.Content;

/// <summary>The first use of a glossary term in rendered Markdown links to its entry, as Moodle's auto-linking does.</summary>
public sealed partial class GlossaryLinkingTests
{
    private static readonly GlossaryIndex Glossary = new(
    [
        new("wellbeing-services-county", new Dictionary<string, IReadOnlyList<string>>
        {
            ["fi"] = ["hyvinvointialue", "hyvinvointialueen", "hyvinvointialueella"],
            ["sv"] = ["välfärdsområde", "välfärdsområdet"],
            ["en"] = ["wellbeing services county"],
        }),
        new("kela", new Dictionary<string, IReadOnlyList<string>> { ["fi"] = ["Kela", "Kelan"], ["sv"] = ["FPA"], ["en"] = ["Kela"] }),
        new("labour-market-subsidy", new Dictionary<string, IReadOnlyList<string>> { ["fi"] = ["työmarkkinatuki", "työmarkkinatukea"] }),
        new("tuki", new Dictionary<string, IReadOnlyList<string>> { ["fi"] = ["tuki"] }),
    ]);

    [Fact]
    public void ToHtml_ShouldLinkOnlyTheFirstUseOfATerm()
    {
        var html = SafeMarkdown.ToHtml("Hyvinvointialueen palvelut. Hyvinvointialue päättää.\n\nToinen kappale: hyvinvointialueella.", "fi", Glossary);

        Assert.Single(Links(html, "wellbeing-services-county"));
        Assert.Contains("<a href=\"/glossary#term-wellbeing-services-county\" class=\"glossary-link\">Hyvinvointialueen</a> palvelut", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldMatchWholeWordsOnly()
    {
        var html = SafeMarkdown.ToHtml("Kelakortti ja kelaus eivät ole Kela-kortti, mutta Kelan toimisto on.", "fi", Glossary);

        Assert.Contains(">Kelan</a> toimisto", html, StringComparison.Ordinal);
        Assert.Single(Links(html, "kela"));
        Assert.Contains("Kelakortti ja kelaus eivät ole Kela-kortti", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldPreferTheLongestForm()
    {
        var html = SafeMarkdown.ToHtml("Hae työmarkkinatukea.", "fi", Glossary);

        Assert.Contains(">työmarkkinatukea</a>", html, StringComparison.Ordinal);
        Assert.Empty(Links(html, "tuki"));
    }

    [Fact]
    public void ToHtml_ShouldNotLinkInsideLinksHeadingsOrCode()
    {
        const string markdown = "# Kela ja hyvinvointialue\n\n[Kelan sivut](https://www.kela.fi) ja `Kela` ja\n\n    hyvinvointialue koodissa\n\nhttps://www.kela.fi/hyvinvointialue\n\nLopuksi Kela.";

        var html = SafeMarkdown.ToHtml(markdown, "fi", Glossary);

        Assert.Contains("<h1 id=\"kela-ja-hyvinvointialue\">Kela ja hyvinvointialue</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<code>Kela</code>", html, StringComparison.Ordinal);
        Assert.Contains("hyvinvointialue koodissa", html, StringComparison.Ordinal);
        Assert.Empty(Links(html, "wellbeing-services-county"));
        Assert.Contains("Lopuksi <a href=\"/glossary#term-kela\" class=\"glossary-link\">Kela</a>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldUseTheFormsOfTheTextsLanguage()
    {
        var swedish = SafeMarkdown.ToHtml("FPA och välfärdsområdet, inte hyvinvointialue.", "sv", Glossary);
        var english = SafeMarkdown.ToHtml("The wellbeing services county and Kela.", "en", Glossary);

        Assert.Contains(">FPA</a>", swedish, StringComparison.Ordinal);
        Assert.Contains(">välfärdsområdet</a>", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain(">hyvinvointialue</a>", swedish, StringComparison.Ordinal);
        Assert.Contains(">wellbeing services county</a>", english, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldLinkInsideEmphasisAndListsAndKeepTheRestOfTheText()
    {
        var html = SafeMarkdown.ToHtml("- **Kelan** & muut\n- hyvinvointialue *ja* muut", "fi", Glossary);

        Assert.Contains("<strong><a href=\"/glossary#term-kela\" class=\"glossary-link\">Kelan</a></strong> &amp; muut", html, StringComparison.Ordinal);
        Assert.Contains(">hyvinvointialue</a> <em>ja</em> muut", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ShouldNotLinkTheExcludedTerm()
    {
        var html = SafeMarkdown.ToHtml("Kela ja hyvinvointialue.", "fi", Glossary, excludeTermId: "kela");

        Assert.Empty(Links(html, "kela"));
        Assert.Single(Links(html, "wellbeing-services-county"));
    }

    [Fact]
    public void ToHtml_ShouldLeaveTextUntouched_WithoutAGlossary()
    {
        Assert.Equal(SafeMarkdown.ToHtml("Kela ja hyvinvointialue."), SafeMarkdown.ToHtml("Kela ja hyvinvointialue.", "fi", GlossaryIndex.Empty));
    }

    [Fact]
    public void Stamp_ShouldChangeExactlyWhenTheTermsChange()
    {
        GlossaryIndex Make(string form) => new([new("kela", new Dictionary<string, IReadOnlyList<string>> { ["fi"] = ["Kela", form] })]);

        Assert.Equal(Make("Kelan").Stamp, Make("Kelan").Stamp);
        Assert.NotEqual(Make("Kelan").Stamp, Make("Kelaan").Stamp);
    }

    private static IReadOnlyList<Match> Links(string html, string id) =>
        [.. LinkPattern().Matches(html).Where(m => m.Groups[1].Value == id)];

    [GeneratedRegex("href=\"/glossary#term-([a-z0-9-]+)\"")]
    private static partial Regex LinkPattern();
}
