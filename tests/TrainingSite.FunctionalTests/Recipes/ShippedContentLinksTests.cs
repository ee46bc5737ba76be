using System.Text.Json;
using System.Text.RegularExpressions;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Recipes;

/// <summary>
/// The links in the shipped content (content-recipes/*.recipe.json): every Markdown link in a lesson, guidance article
/// or quiz is an absolute https address of a public page, a site-relative link (/guidance/..., /glossary#...) or a
/// link to a shipped service point (servicepoint:kela-espoo-iso-omena); no text says http://; every guidance article
/// gives at least one link to another site in each of its languages.
/// </summary>
public sealed partial class ShippedContentLinksTests
{
    [Fact]
    public void EveryLink_ShouldBeAnAbsoluteHttpsAddressOrASiteLink_AndNoTextShouldSayHttp()
    {
        var texts = ShippedTexts().ToList();
        var points = ShippedPointIds();

        var bad = texts.SelectMany(t => Links(t.Text).Where(url => !IsAbsoluteHttps(url) && !IsSiteRelative(url) && !IsShippedPoint(url, points)).Select(url => $"{t.Item} ({t.Language}): {url}"))
            .Concat(texts.Where(t => t.Text.Contains("http://", StringComparison.OrdinalIgnoreCase)).Select(t => $"{t.Item} ({t.Language}): http://"))
            .ToList();

        Assert.True(texts.Count > 1000, $"only {texts.Count} texts found");
        Assert.True(texts.Sum(t => Links(t.Text).Count()) > 500, "the shipped content has fewer links than it did when this test was written");
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void EveryGuidanceArticle_ShouldLinkToAnotherSite_InEveryLanguage()
    {
        var articles = ShippedArticles().ToList();

        var without = articles.SelectMany(a => a.Bodies.Where(b => !Links(b.Value).Any(IsAbsoluteHttps)).Select(b => $"{a.Id} ({b.Key})")).ToList();

        Assert.True(articles.Count > 90, $"only {articles.Count} articles found");
        Assert.True(without.Count == 0, "no link to another site: " + string.Join(", ", without));
    }

    [Theory]
    [InlineData("Katso [Kela](https://www.kela.fi/asumistuki) ja [ohje](/guidance/x).", "https://www.kela.fi/asumistuki|/guidance/x")]
    [InlineData("Osoite <https://www.suomi.fi/> ja [sana](/glossary#hyvinvointialue \"otsikko\").", "/glossary#hyvinvointialue|https://www.suomi.fi/")]
    public void Links_ShouldFindMarkdownLinksAndAutolinks(string text, string expected) =>
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), Links(text).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("https://www.kela.fi/asumistuki", true)]
    [InlineData("https://kela", false)]
    [InlineData("http://www.kela.fi", false)]
    [InlineData("www.kela.fi", false)]
    public void IsAbsoluteHttps_ShouldWantAnHttpsAddressWithAHostName(string url, bool expected) => Assert.Equal(expected, IsAbsoluteHttps(url));

    [Theory]
    [InlineData("/guidance/kela-general-housing-allowance", true)]
    [InlineData("/glossary#hyvinvointialue", true)]
    [InlineData("//evil.example/x", false)]
    [InlineData("guidance/x", false)]
    [InlineData("mailto:x@example.fi", false)]
    public void IsSiteRelative_ShouldWantAPathFromTheSitesRoot(string url, bool expected) => Assert.Equal(expected, IsSiteRelative(url));

    private static IEnumerable<string> Links(string text) =>
        MarkdownLink().Matches(text).Select(m => m.Groups["url"].Value).Concat(Autolink().Matches(text).Select(m => m.Groups["url"].Value));

    private static bool IsAbsoluteHttps(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal);

    private static bool IsSiteRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    private static bool IsShippedPoint(string url, HashSet<string> points) => ServicePointLinks.TryParse(url, out var id) && points.Contains(id);

    private static HashSet<string> ShippedPointIds() =>
        [.. Steps().SelectMany(s => Array(s.Step, "servicePoints")).Select(p => p.GetProperty("id").GetString()!)];

    /// <summary>Every text of every lesson, guidance article and quiz, with its language: (item, language, text).</summary>
    private static IEnumerable<(string Item, string Language, string Text)> ShippedTexts()
    {
        foreach (var (file, step) in Steps())
        {
            foreach (var course in Array(step, "courses"))
            {
                foreach (var lesson in Array(course, "lessons"))
                {
                    foreach (var text in Localized(lesson, $"{file}: lesson {lesson.GetProperty("id").GetString()}"))
                    {
                        yield return text;
                    }
                }

                if (course.TryGetProperty("quiz", out var quiz) && quiz.ValueKind == JsonValueKind.Object)
                {
                    foreach (var text in Localized(quiz, $"{file}: quiz {quiz.GetProperty("id").GetString()}"))
                    {
                        yield return text;
                    }
                }
            }

            foreach (var article in Array(step, "articles"))
            {
                foreach (var text in Localized(article, $"{file}: article {article.GetProperty("id").GetString()}"))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<(string Id, Dictionary<string, string> Bodies)> ShippedArticles() =>
        Steps().SelectMany(s => Array(s.Step, "articles")).Select(a => (
            a.GetProperty("id").GetString()!,
            a.GetProperty("body").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty)));

    private static IEnumerable<(string File, JsonElement Step)> Steps() =>
        Directory.GetFiles(RepositoryPaths.ContentRecipes, "*.recipe.json").Order(StringComparer.Ordinal)
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("steps").EnumerateArray().Select(step => (Path.GetFileName(file), step)));

    private static List<JsonElement> Array(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    /// <summary>Every localized text ({"fi": ..., "sv": ...}) anywhere in the item, with its language.</summary>
    private static IEnumerable<(string Item, string Language, string Text)> Localized(JsonElement element, string item) =>
        element.ValueKind switch
        {
            JsonValueKind.Object when element.EnumerateObject().Any() && element.EnumerateObject().All(p => p.Name is "fi" or "sv" or "en" && p.Value.ValueKind == JsonValueKind.String) =>
                element.EnumerateObject().Select(p => (item, p.Name, p.Value.GetString()!)),
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Localized(p.Value, item)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Localized(e, item)),
            _ => [],
        };

    /// <summary>A Markdown link or image: [text](url "title"), the url optionally in angle brackets.</summary>
    [GeneratedRegex(@"\]\(\s*<?(?<url>[^)\s>]+)>?(\s+""[^""]*"")?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    /// <summary>A Markdown autolink: &lt;scheme:...&gt;.</summary>
    [GeneratedRegex(@"<(?<url>[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Autolink();
}
