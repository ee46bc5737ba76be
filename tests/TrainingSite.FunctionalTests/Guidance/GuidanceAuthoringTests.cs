using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// Writing guidance: a draft is invisible to the search, publishing makes the article findable at once,
/// deleting takes it out; restoring an earlier version; invalid input answers 400 and writes nothing.
/// </summary>
public abstract class GuidanceAuthoringTests(SiteFactory site)
{
    [Fact]
    public async Task Publish_ShouldMakeTheArticleFindableAtOnce_DraftsShouldNotBe_AndDeleteShouldRemoveIt()
    {
        var (word, later) = (GuidanceSeed.NewWord(), GuidanceSeed.NewWord());
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var reader = site.CreateSiteClient();

        var (created, _) = await coordinator.SubmitFormAsync("/authoring/guidance/new", new Dictionary<string, string>
        {
            ["Region"] = "espoo",
            ["Input.Title[fi]"] = "Vuokra-asunnon hakeminen Espoossa",
            ["Input.Text[fi]"] = $"## Hakemus\n\nHakemukseen liitetään {word} ja tulotiedot.",
            ["Input.TopicId"] = "housing",
            ["Input.Audience"] = "public",
            ["Input.Tags"] = "vuokra, asunto, vuokra",
        });
        var url = created.Headers.Location!.OriginalString;
        var id = url.Split('/')[^1];
        var (_, editor) = await coordinator.GetPageAsync(url);
        var whileDraft = GuidanceApi.Ids(await GuidanceApi.SearchAsync(reader.Http, word));
        var (published, _) = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["publishAnyway"] = "true" }, formSelector: "form[action*='Publish']");
        var afterPublish = GuidanceApi.Ids(await GuidanceApi.SearchAsync(reader.Http, word));
        var (saved, _) = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Vuokra-asunnon hakeminen Espoossa",
            ["Input.Text[fi]"] = $"## Hakemus\n\nHakemukseen liitetään {later}.",
            ["Input.TopicId"] = "housing",
            ["Input.Audience"] = "public",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var laterWhileDraft = GuidanceApi.Ids(await GuidanceApi.SearchAsync(reader.Http, later));
        var stillLive = GuidanceApi.Ids(await GuidanceApi.SearchAsync(reader.Http, word));
        var (deleted, _) = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["ConfirmDelete"] = "true" }, formSelector: "form[action*='Delete']");
        var afterDelete = GuidanceApi.Ids(await GuidanceApi.SearchAsync(reader.Http, word));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("/authoring/guidance/vuokra-asunnon-hakeminen-espoossa", url, StringComparison.Ordinal);
        Assert.DoesNotContain(id, whileDraft);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(id, afterPublish);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(id, laterWhileDraft);
        Assert.Contains(id, stillLive);
        Assert.Equal("vuokra, asunto", editor.QuerySelector("input[name='Input.Tags']")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(id, afterDelete);
        Assert.False(await GuidanceDatabase.ArticleExistsAsync(site, id));
    }

    [Fact]
    public async Task NetworkAudience_ShouldBeFindableOnlyBySignedInNetworkMembers()
    {
        var (id, word) = (GuidanceSeed.NewId("ga"), GuidanceSeed.NewWord());
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null, body: $"Alkuteksti {word}."));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        using var member = await site.SignedInClientAsync([Roles.NetworkMember]);
        using var anonymous = site.CreateSiteClient();
        var url = $"/authoring/guidance/{id}";

        await admin.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Vain verkostolle",
            ["Input.Text[fi]"] = $"Alkuteksti {word}.",
            ["Input.TopicId"] = "health-and-wellbeing",
            ["Input.Audience"] = "network",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        await admin.SubmitFormAsync(url, new Dictionary<string, string> { ["publishAnyway"] = "true" }, formSelector: "form[action*='Publish']");

        Assert.DoesNotContain(id, GuidanceApi.Ids(await GuidanceApi.SearchAsync(anonymous.Http, word)));
        Assert.Contains(id, GuidanceApi.Ids(await GuidanceApi.SearchAsync(member.Http, word)));
    }

    [Fact]
    public async Task Restore_ShouldPutAnEarlierVersionInTheDraft_AndPublishingItShouldReindex()
    {
        var (id, first, second) = (GuidanceSeed.NewId("gr"), GuidanceSeed.NewWord(), GuidanceSeed.NewWord());
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, "espoo", body: $"Versio yksi {first}."));
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, "espoo", body: $"Versio kaksi {second}."));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        using var reader = site.CreateSiteClient();
        var token = await admin.AntiforgeryTokenAsync();
        var url = $"/authoring/guidance/{id}";

        var (_, history) = await admin.GetPageAsync($"{url}/history?from=1&to=2");
        var (restored, _) = await admin.PostAsync($"{url}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (_, editor) = await admin.GetPageAsync(url);
        var beforePublish = GuidanceApi.Ids(await GuidanceApi.SearchAsync(reader.Http, first));
        var (published, _) = await admin.PostAsync($"{url}?handler=Publish", [new("__RequestVerificationToken", token), new("publishAnyway", "true")]);
        var afterPublish = GuidanceApi.Ids(await GuidanceApi.SearchAsync(reader.Http, first));
        var (missing, _) = await admin.PostAsync($"{url}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "99")]);

        Assert.Equal(2, history.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(first, string.Concat(history.QuerySelectorAll(".diff del").Select(d => d.TextContent)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal($"Versio yksi {first}.", editor.QuerySelector("textarea[name='Input.Text[fi]']")?.TextContent);
        Assert.DoesNotContain(id, beforePublish);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(id, afterPublish);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(3, (await GuidanceDatabase.VersionStampsAsync(site, id)).Count);
    }

    [Fact]
    public async Task InvalidInput_ShouldAnswer400WithAMessage_AndWriteNothing()
    {
        var id = GuidanceSeed.NewId("gv");
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, "espoo"));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var url = $"/authoring/guidance/{id}";
        var before = await GuidanceDatabase.VersionStampsAsync(site, id);
        var articles = await GuidanceDatabase.ArticleCountAsync(site);
        Dictionary<string, string> Valid(params (string Key, string Value)[] changes)
        {
            var fields = new Dictionary<string, string> { ["Input.Title[fi]"] = "Otsikko", ["Input.Text[fi]"] = "Teksti.", ["Input.TopicId"] = "housing", ["Input.Audience"] = "public" };
            foreach (var (key, value) in changes)
            {
                fields[key] = value;
            }

            return fields;
        }

        Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> SaveAsync(Dictionary<string, string> fields) =>
            admin.SubmitFormAsync(url, fields, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> CreateAsync(Dictionary<string, string> fields) =>
            admin.SubmitFormAsync("/authoring/guidance/new", fields);

        var (emptyTitle, emptyTitlePage) = await SaveAsync(Valid(("Input.Title[fi]", " "), ("Input.Title[en]", "Only English")));
        var (unknownTopic, unknownTopicPage) = await SaveAsync(Valid(("Input.TopicId", "no-such-topic")));
        var (badAudience, _) = await SaveAsync(Valid(("Input.Audience", "everyone")));
        var (tooManyTags, _) = await SaveAsync(Valid(("Input.Tags", string.Join(",", Enumerable.Range(1, 31).Select(n => $"t{n}")))));
        var (badId, badIdPage) = await CreateAsync(Valid(("Region", "espoo"), ("ArticleId", "Bad Id!")));
        var (takenId, _) = await CreateAsync(Valid(("Region", "espoo"), ("ArticleId", id)));
        var (reservedId, _) = await CreateAsync(Valid(("Region", "espoo"), ("ArticleId", "new")));
        var (unknownRegion, _) = await CreateAsync(Valid(("Region", "atlantis")));
        var (newWithoutTitle, _) = await CreateAsync(Valid(("Region", "espoo"), ("Input.Title[fi]", "")));
        var malformedRoute = await admin.Http.GetAsync("/authoring/guidance/Bad%20Id!");
        var unknownArticle = await admin.Http.GetAsync("/authoring/guidance/no-such-article-here");
        var (badFilter, _) = await admin.GetPageAsync("/authoring/guidance?state=lost&topic=nope");

        Assert.All(
            new[] { emptyTitle.StatusCode, unknownTopic.StatusCode, badAudience.StatusCode, tooManyTags.StatusCode, badId.StatusCode, takenId.StatusCode, reservedId.StatusCode, unknownRegion.StatusCode, newWithoutTitle.StatusCode, badFilter.StatusCode },
            status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Contains("suomenkielinen otsikko", emptyTitlePage.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", emptyTitlePage.QuerySelector("#Input_Title_fi_")?.GetAttribute("aria-invalid"));
        Assert.Contains("aihe", unknownTopicPage.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(badIdPage.QuerySelector(".error-summary a[href='#ArticleId']"));
        Assert.Equal(HttpStatusCode.NotFound, malformedRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownArticle.StatusCode);
        Assert.Equal(before, await GuidanceDatabase.VersionStampsAsync(site, id));
        Assert.Equal(articles, await GuidanceDatabase.ArticleCountAsync(site));
    }

    [Fact]
    public async Task Publish_ShouldNeedAFinnishBody_AndDeleteShouldNeedConfirmation()
    {
        var id = GuidanceSeed.NewId("gp");
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(id, null));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var url = $"/authoring/guidance/{id}";
        await admin.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = "Otsikko ilman tekstiä",
            ["Input.Text[sv]"] = "Bara svensk text.",
            ["Input.TopicId"] = "housing",
            ["Input.Audience"] = "public",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var before = await GuidanceDatabase.VersionStampsAsync(site, id);

        var (publish, publishPage) = await admin.SubmitFormAsync(url, new Dictionary<string, string>(), formSelector: "form[action*='Publish']");
        var (unconfirmed, _) = await admin.SubmitFormAsync(url, new Dictionary<string, string>(), formSelector: "form[action*='Delete']");

        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.NotNull(publishPage.QuerySelector(".error-summary"));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(before, await GuidanceDatabase.VersionStampsAsync(site, id));
    }

    [Fact]
    public async Task List_ShouldFilterByRegionTopicAndState()
    {
        var (live, draft) = (GuidanceSeed.NewId("gf"), GuidanceSeed.NewId("gf"));
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(live, "kokkola"), GuidanceSeed.Article(draft, "kokkola", status: "draft"));
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (_, drafts) = await admin.GetPageAsync("/authoring/guidance?region=kokkola&topic=housing&state=draft");
        var (_, national) = await admin.GetPageAsync("/authoring/guidance?region=national");

        Assert.NotNull(drafts.QuerySelector($"a[href='/authoring/guidance/{draft}']"));
        Assert.Null(drafts.QuerySelector($"a[href='/authoring/guidance/{live}']"));
        Assert.Null(national.QuerySelector($"a[href='/authoring/guidance/{live}']"));
        Assert.NotEmpty(national.QuerySelectorAll("tbody tr"));
    }
}

public sealed class GuidanceAuthoringTestsOnSqlite(SqliteSiteFactory site) : GuidanceAuthoringTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GuidanceAuthoringTestsOnPostgres(PostgresSiteFactory site) : GuidanceAuthoringTests(site), IClassFixture<PostgresSiteFactory>;
