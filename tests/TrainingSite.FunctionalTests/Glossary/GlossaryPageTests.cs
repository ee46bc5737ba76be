using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Glossary;

/// <summary>/glossary on the shipped content, and the auto-links from shipped lessons and articles to it.</summary>
public abstract class GlossaryPageTests(SiteFactory site)
{
    [Fact]
    public async Task Glossary_ShouldListEveryTermAlphabetically_ForAnonymousVisitors()
    {
        using var visitor = site.CreateSiteClient();

        var (response, page) = await visitor.GetPageAsync("/glossary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = page.QuerySelectorAll(".glossary__term dfn").Select(d => d.TextContent).ToList();
        Assert.True(names.Count >= 60, $"{names.Count} terms");
        Assert.Equal(names.Order(StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), ignoreCase: true)), names);
        var county = page.GetElementById("term-wellbeing-services-county");
        Assert.NotNull(county);
        Assert.Contains("välfärdsområde", county.TextContent, StringComparison.Ordinal);
        Assert.Contains("wellbeing services county", county.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".glossary-letters a[href='#letter-c4']"));
        Assert.NotNull(page.QuerySelector("form[role=search] label[for=q]"));
        Assert.NotNull(page.QuerySelector("nav a[href='/glossary']"));
    }

    [Fact]
    public async Task Glossary_ShouldNotLinkATermToItself()
    {
        using var visitor = site.CreateSiteClient();

        var (_, page) = await visitor.GetPageAsync("/glossary");

        Assert.All(page.QuerySelectorAll(".glossary__entry"), entry =>
            Assert.Null(entry.QuerySelector($".glossary__explanation a[href='/glossary#{entry.Id}']")));
        Assert.NotEmpty(page.QuerySelectorAll(".glossary__explanation a.glossary-link"));
    }

    [Fact]
    public async Task Glossary_ShouldFindTermsIgnoringCaseAndDiacritics()
    {
        using var visitor = site.CreateSiteClient();

        var (_, daycare) = await visitor.GetPageAsync("/glossary?q=PAIVAHOITO");
        var (_, swedish) = await visitor.GetPageAsync("/glossary?q=valfardsomradet", acceptLanguage: "sv");
        var (_, nothing) = await visitor.GetPageAsync("/glossary?q=qwertyzzz");

        Assert.Equal(["term-early-childhood-education"], daycare.QuerySelectorAll(".glossary__entry").Select(e => e.Id).ToList());
        Assert.NotNull(swedish.GetElementById("term-wellbeing-services-county"));
        Assert.Equal("småbarnspedagogik", (await visitor.GetPageAsync("/glossary?q=varhaiskasvatus", acceptLanguage: "sv")).Document.QuerySelector(".glossary__term dfn")?.TextContent);
        Assert.Empty(nothing.QuerySelectorAll(".glossary__entry"));
        Assert.NotNull(nothing.QuerySelector(".notice--info"));
    }

    [Fact]
    public async Task ShippedArticleAndLesson_ShouldLinkTheFirstUseOfATerm()
    {
        using var visitor = site.CreateSiteClient();
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        using var swedishLearner = await site.SignedInClientAsync([Roles.Learner], language: "sv");

        var (_, article) = await visitor.GetPageAsync("/guidance/early-childhood-education-fees");
        var (_, lesson) = await learner.GetPageAsync("/courses/guidance-in-multilingual-work/lessons/gmw-2-low-threshold-services");
        var (_, swedishLesson) = await swedishLearner.GetPageAsync("/courses/guidance-in-multilingual-work/lessons/gmw-2-low-threshold-services");

        Assert.Single(article.QuerySelectorAll("a.glossary-link[href='/glossary#term-wellbeing-services-county']"));
        Assert.Single(lesson.QuerySelectorAll("a.glossary-link[href='/glossary#term-kela']"));
        Assert.Equal("FPA", swedishLesson.QuerySelector("a.glossary-link[href='/glossary#term-kela']")?.TextContent);
        Assert.Empty(article.QuerySelectorAll("h1 a.glossary-link, h2 a.glossary-link, h3 a.glossary-link, code a.glossary-link"));
    }

    [Fact]
    public async Task AutoLinks_ShouldFollowAGlossaryChangeAtOnce()
    {
        const string recipe = """
            { "name": "glossary-change", "steps": [ { "step": "glossary", "terms": [
              { "id": "zz-fees", "term": { "fi": "asiakasmaksu", "sv": "klientavgift", "en": "client fee" }, "explanation": { "fi": "Testi." },
                "forms": { "fi": ["asiakasmaksut", "asiakasmaksun", "asiakasmaksuja", "asiakasmaksusta", "asiakasmaksuista", "asiakasmaksuihin", "maksu", "maksut", "maksun", "maksua", "maksuja"] } } ] } ] }
            """;
        using var visitor = site.CreateSiteClient();
        var (_, before) = await visitor.GetPageAsync("/guidance/early-childhood-education-fees");

        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));
        var (_, after) = await visitor.GetPageAsync("/guidance/early-childhood-education-fees");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(before.QuerySelectorAll("a[href='/glossary#term-zz-fees']"));
        Assert.Single(after.QuerySelectorAll("a[href='/glossary#term-zz-fees']"));
    }
}

public sealed class GlossaryPageTestsOnSqlite(SqliteSiteFactory site) : GlossaryPageTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GlossaryPageTestsOnPostgres(PostgresSiteFactory site) : GlossaryPageTests(site), IClassFixture<PostgresSiteFactory>;

/// <summary>The shipped glossary: at least 60 terms, each named and explained in Finnish, Swedish and English.</summary>
public sealed class ShippedGlossaryTests
{
    [Fact]
    public void ShippedGlossary_ShouldHaveAtLeast60TermsInEveryLanguage()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, "glossary.recipe.json")));
        var terms = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "glossary").GetProperty("terms").EnumerateArray().ToList();

        Assert.True(terms.Count >= 60, $"{terms.Count} terms");
        Assert.All(terms, term =>
        {
            foreach (var culture in new[] { "fi", "sv", "en" })
            {
                Assert.False(string.IsNullOrWhiteSpace(term.GetProperty("term").GetProperty(culture).GetString()), $"{term.GetProperty("id")}: term.{culture}");
                Assert.False(string.IsNullOrWhiteSpace(term.GetProperty("explanation").GetProperty(culture).GetString()), $"{term.GetProperty("id")}: explanation.{culture}");
            }
        });
    }
}
