using TrainingSite.Abstractions.Localization;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;

namespace TrainingSite.Guidance.Tests.Search;

/// <summary>A published version becomes one indexed translation per language that has both a title and a body.</summary>
public sealed class IndexedTranslationsTests
{
    [Fact]
    public void FromVersion_ShouldIndexOnlyTheLanguagesWithTitleAndBody()
    {
        var version = Version(
            title: new() { ["fi"] = "Lapsilisä", ["sv"] = "Barnbidrag", ["en"] = "Child benefit" },
            body: new() { ["fi"] = "Kela maksaa **lapsilisää**.", ["en"] = "   " });

        var translations = IndexedTranslations.FromVersion(version, regionId: "espoo").ToList();

        var translation = Assert.Single(translations);
        Assert.Equal(("kela-child-benefit", "fi", "espoo", "family", GuidanceAudience.Network), (translation.ArticleId, translation.Language, translation.RegionId, translation.TopicId, translation.Audience));
        Assert.Equal("Lapsilisä", translation.Title);
        Assert.Equal("Kela maksaa lapsilisää.", translation.Text);
    }

    [Fact]
    public void FromVersion_ShouldCutLongTitles_AndLeaveTheNationalPartWithoutARegion()
    {
        var version = Version(title: new() { ["sv"] = new string('a', 500) }, body: new() { ["sv"] = "Text." });

        var translation = Assert.Single(IndexedTranslations.FromVersion(version, regionId: null));

        Assert.Equal(IndexedTranslations.MaxTitleLength, translation.Title.Length);
        Assert.Null(translation.RegionId);
    }

    [Fact]
    public void FromVersion_ShouldKeepTheTagsAsAList()
    {
        var version = Version(title: new() { ["fi"] = "Otsikko" }, body: new() { ["fi"] = "Teksti." });
        version.Tags = ["päivähoito", "hakemus", "kela"];

        var translation = Assert.Single(IndexedTranslations.FromVersion(version, regionId: null));

        Assert.Equal(["päivähoito", "hakemus", "kela"], translation.Tags);
    }

    [Fact]
    public void Translation_ShouldBeNull_WhenTheLanguageHasNoBody()
    {
        var version = Version(title: new() { ["fi"] = "Otsikko", ["sv"] = "Rubrik" }, body: new() { ["fi"] = "Teksti." });

        Assert.NotNull(IndexedTranslations.Translation(version, null, "fi"));
        Assert.Null(IndexedTranslations.Translation(version, null, "sv"));
        Assert.Null(IndexedTranslations.Translation(version, null, "en"));
    }

    private static GuidanceArticleVersion Version(Dictionary<string, string> title, Dictionary<string, string> body) => new()
    {
        ArticleId = "kela-child-benefit",
        Title = new LocalizedText(title),
        Body = new LocalizedText(body),
        TopicId = "family",
        Audience = GuidanceAudience.Network,
        UpdatedAt = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
    };
}
