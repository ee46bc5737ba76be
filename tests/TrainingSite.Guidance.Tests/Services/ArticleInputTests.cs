using TrainingSite.Abstractions.Localization;
using TrainingSite.Core.Localization;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Tests.Services;

/// <summary>The article form's values as an author types them, and back.</summary>
public sealed class ArticleInputTests
{
    [Fact]
    public void TagList_ShouldSplitAtCommas_DroppingEmptyOnesAndRepeatsOfAnyCase()
    {
        var input = new ArticleInput { Tags = "päivähoito, Hakemus ,, hakemus,PÄIVÄHOITO , kela," };

        Assert.Equal(["päivähoito", "Hakemus", "kela"], input.TagList());
        Assert.Empty(new ArticleInput { Tags = null }.TagList());
    }

    [Fact]
    public void ToText_ShouldKeepTheSiteLanguagesWithText_TrimmedWithUnixLineEnds()
    {
        var text = ArticleInput.ToText(new Dictionary<string, string?>
        {
            ["fi"] = "  Ensimmäinen rivi\r\ntoinen rivi \r\n",
            ["sv"] = "   ",
            ["en"] = null,
            ["de"] = "Nicht unterstützt",
        });

        Assert.Equal(["fi"], text.Keys);
        Assert.Equal("Ensimmäinen rivi\ntoinen rivi", text["fi"]);
    }

    [Fact]
    public void From_ShouldOfferEveryLanguage_AndPublicAudience_ForANewArticle()
    {
        var input = ArticleInput.From(null);

        Assert.Equal(SiteCultures.All, input.Title.Keys);
        Assert.Equal(SiteCultures.All, input.Text.Keys);
        Assert.All(input.Title.Values, Assert.Null);
        Assert.Equal(GuidanceAudience.Public, input.Audience);
        Assert.Null(input.Tags);
    }

    [Fact]
    public void ToDraft_ShouldGiveBackTheVersionTheFormWasFilledFrom()
    {
        var version = new GuidanceArticleVersion
        {
            ArticleId = "tax-card",
            Title = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Verokortti", ["en"] = "Tax card" }),
            Body = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Verokortti tilataan OmaVerosta.", ["en"] = "Order it in MyTax." }),
            TopicId = "work",
            Audience = GuidanceAudience.Network,
            Tags = ["vero", "työ"],
            ReviewedOn = new DateOnly(2026, 1, 5),
        };

        var draft = ArticleInput.From(version).ToDraft();

        Assert.Equal(version.Title, draft.Title);
        Assert.Equal(version.Body, draft.Body);
        Assert.Equal((version.TopicId, version.Audience), (draft.TopicId, draft.Audience));
        Assert.Equal(version.Tags, draft.Tags);
        Assert.Null(draft.ReviewedOn);
    }

    [Fact]
    public void ToDraft_ShouldDateTheDraftToday_WhenTheFactsWereChecked()
    {
        var draft = new ArticleInput { FactsChecked = true, TopicId = "work" }.ToDraft();

        Assert.Equal(SiteTime.Today, draft.ReviewedOn);
    }
}
