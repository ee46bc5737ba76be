using System.Xml.Linq;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>Every UI string exists in Finnish, Swedish and English, with the same placeholders.</summary>
public sealed class LocalizationResourcesTests
{
    public static TheoryData<string> ResourceSets()
    {
        var sets = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Source, "*.fi.resx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sets.Add(Path.GetRelativePath(RepositoryPaths.Source, file[..^".fi.resx".Length]));
        }

        return sets;
    }

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Resources_ShouldHaveEveryKeyInEveryLanguage(string resourceSet)
    {
        var languages = new[] { "fi", "sv", "en" }.ToDictionary(c => c, c => Read(Path.Combine(RepositoryPaths.Source, $"{resourceSet}.{c}.resx")));

        foreach (var (culture, strings) in languages)
        {
            Assert.Equal(languages["fi"].Keys.Order(StringComparer.Ordinal), strings.Keys.Order(StringComparer.Ordinal));
            Assert.All(strings, s => Assert.False(string.IsNullOrWhiteSpace(s.Value), $"{culture}: {s.Key} is empty"));
            Assert.All(strings, s => Assert.Equal(Placeholders(languages["fi"][s.Key]), Placeholders(s.Value)));
        }
    }

    [Fact]
    public void EveryProjectWithPages_ShouldHaveItsOwnStrings()
    {
        var projects = Directory.GetFiles(RepositoryPaths.Source, "*.csproj", SearchOption.AllDirectories).Select(Path.GetDirectoryName).ToList();

        var withPages = projects.Where(p => Directory.GetFiles(p!, "*.cshtml", SearchOption.AllDirectories).Length > 0).ToList();

        Assert.NotEmpty(withPages);
        Assert.All(withPages, p => Assert.NotEmpty(Directory.GetFiles(p!, "*.fi.resx", SearchOption.AllDirectories)));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
}
