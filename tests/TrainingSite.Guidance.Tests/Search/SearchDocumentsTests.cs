using TrainingSite.Abstractions.Localization;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;

namespace TrainingSite.Guidance.Tests.Search;

/// <summary>A published version becomes one search document per language that has both a title and a body.</summary>
public sealed class SearchDocumentsTests
{
    private static readonly DateTimeOffset Updated = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromVersion_ShouldIndexOnlyTheLanguagesWithTitleAndBody()
    {
        var version = Version(
            title: new() { ["fi"] = "Lapsilisä", ["sv"] = "Barnbidrag", ["en"] = "Child benefit" },
            body: new() { ["fi"] = "Kela maksaa **lapsilisää**.", ["en"] = "   " });

        var documents = SearchDocuments.FromVersion(version, regionId: "espoo").ToList();

        var document = Assert.Single(documents);
        Assert.Equal(("kela-child-benefit", "fi", "espoo", "family", GuidanceAudience.Network), (document.ArticleId, document.Language, document.RegionId, document.TopicId, document.Audience));
        Assert.Equal("Lapsilisä", document.Title);
        Assert.Equal("Kela maksaa lapsilisää.", document.Text);
    }

    [Fact]
    public void FromVersion_ShouldCutLongTitles_AndDateUnpublishedVersionsByTheirUpdate()
    {
        var version = Version(title: new() { ["sv"] = new string('a', 500) }, body: new() { ["sv"] = "Text." });

        var document = Assert.Single(SearchDocuments.FromVersion(version, regionId: null));

        Assert.Equal(400, document.Title.Length);
        Assert.Equal(Updated, document.PublishedAt);
        Assert.Null(document.RegionId);
    }

    [Fact]
    public void Tags_ShouldBeStoredAsOneText_AndReadBackAsTheSameList()
    {
        var version = Version(title: new() { ["fi"] = "Otsikko" }, body: new() { ["fi"] = "Teksti." });
        version.Tags = ["päivähoito", "hakemus", "kela"];

        var document = Assert.Single(SearchDocuments.FromVersion(version, regionId: null));

        Assert.Equal("päivähoito, hakemus, kela", document.Tags);
        Assert.Equal(version.Tags, SearchDocuments.TagList(document.Tags));
        Assert.Empty(SearchDocuments.TagList(string.Empty));
    }

    private static GuidanceArticleVersion Version(Dictionary<string, string> title, Dictionary<string, string> body) => new()
    {
        ArticleId = "kela-child-benefit",
        Title = new LocalizedText(title),
        Body = new LocalizedText(body),
        TopicId = "family",
        Audience = GuidanceAudience.Network,
        UpdatedAt = Updated,
    };
}
