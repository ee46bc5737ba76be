using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>
/// Every counted string (<c>Name.One</c> / <c>Name.Other</c>, read through <see cref="CountedStrings"/>) is rendered for 1 and 2
/// in Finnish, Swedish and English through the real resource lookup: each form exists, shows the number, and the singular
/// differs from the plural where the language inflects.
/// </summary>
public sealed class CountedStringsTests
{
    private static readonly string[] Languages = ["fi", "sv", "en"];

    private static readonly ResourceManagerStringLocalizerFactory Localizers =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    public static TheoryData<string, string> CountedNames()
    {
        var names = new TheoryData<string, string>();
        foreach (var (set, keys) in ResourceSets())
        {
            foreach (var key in keys.Where(k => k.EndsWith(".One", StringComparison.Ordinal) || k.EndsWith(".Other", StringComparison.Ordinal))
                .Select(k => k[..k.LastIndexOf('.')]).Distinct().Order(StringComparer.Ordinal))
            {
                names.Add(set, key);
            }
        }

        return names;
    }

    [Fact]
    public void CountedNames_ShouldBeFound_InSeveralModules()
    {
        var sets = CountedNames().Select(row => row[0]?.ToString()).Distinct().ToList();

        Assert.True(sets.Count >= 8, "counted strings found in: " + string.Join(", ", sets));
    }

    [Theory]
    [MemberData(nameof(CountedNames))]
    public void CountedString_ShouldHaveBothForms_WithTheNumber_InEveryLanguage(string resourceSet, string name)
    {
        var strings = LocalizerFor(resourceSet);

        foreach (var language in Languages)
        {
            var (one, two) = InLanguage(language, () => (Render(strings, name, 1), Render(strings, name, 2)));

            Assert.False(one.ResourceNotFound, $"{language}: {name}.One is missing");
            Assert.False(two.ResourceNotFound, $"{language}: {name}.Other is missing");
            Assert.Matches(@"(^|\D)1(\D|$)", one.Value);
            Assert.Matches(@"(^|\D)2(\D|$)", two.Value);
            Assert.Equal((name + ".One", name + ".Other"), (one.Name, two.Name));
        }
    }

    [Theory]
    [MemberData(nameof(CountedNames))]
    public void CountedString_ShouldTellOneFromMany_InEnglish(string resourceSet, string name)
    {
        var strings = LocalizerFor(resourceSet);

        var (one, many) = InLanguage("en", () => (Render(strings, name, 1).Value, Render(strings, name, 2).Value));

        // English marks every plural of these nouns, so a pair whose English forms are the same is not counted at all.
        Assert.NotEqual(one.Replace("1", "#", StringComparison.Ordinal), many.Replace("2", "#", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fi", "Modules/TrainingSite.Accounts/Resources/AccountsStrings", "Users.Count", "1 käyttäjä", "2 käyttäjää")]
    [InlineData("fi", "Modules/TrainingSite.Quizzes/Resources/QuizzesStrings", "Submit.Unanswered", "Vastaamatta on 1 kysymys:", "Vastaamatta on 2 kysymystä:")]
    [InlineData("fi", "Modules/TrainingSite.Recipes/Resources/RecipesStrings", "Recipes.Problems", "Reseptissä on 1 ongelma. Mitään ei tallennettu.", "Reseptissä on 2 ongelmaa. Mitään ei tallennettu.")]
    [InlineData("fi", "Modules/TrainingSite.Quizzes/Resources/QuizzesStrings", "Quiz.Questions", "1 kysymys", "2 kysymystä")]
    [InlineData("sv", "Modules/TrainingSite.Quizzes/Resources/QuizzesStrings", "Quiz.Questions", "1 fråga", "2 frågor")]
    [InlineData("en", "Modules/TrainingSite.Guidance/Resources/GuidanceStrings", "Search.WithoutFilters", "Show 1 result without the filters", "Show 2 results without the filters")]
    [InlineData("sv", "Modules/TrainingSite.Courses/Resources/CoursesStrings", "Dashboard.CoursesComplete", "0 av 1 kurs avklarad", "0 av 2 kurser avklarade")]
    public void CountedString_ShouldReadAsWritten(string language, string resourceSet, string name, string expectedOne, string expectedTwo)
    {
        var strings = LocalizerFor(resourceSet);

        var (one, two) = InLanguage(language, () => (Render(strings, name, 1, "0").Value, Render(strings, name, 2, "0").Value));

        Assert.Equal(expectedOne, one);
        Assert.Equal(expectedTwo, two);
    }

    [Theory]
    [InlineData("käyttäjää")]
    [InlineData("kysymystä")]
    [InlineData("ongelmaa")]
    [InlineData("tulosta")]
    [InlineData("oppituntia")]
    [InlineData("termiä")]
    [InlineData("oppijaa")]
    public void FinnishPartitiveAfterACount_ShouldOnlyBeAnOtherForm(string noun)
    {
        var offenders = ResourceSets()
            .SelectMany(set => Read(Path.Combine(RepositoryPaths.Source, set.Set + ".fi.resx")).Select(s => (set.Set, s.Key, s.Value)))
            .Where(s => s.Value.Contains("{0} " + noun, StringComparison.Ordinal) || s.Value.Contains("{1} " + noun, StringComparison.Ordinal))
            .Where(s => !s.Key.EndsWith(".Other", StringComparison.Ordinal) && s.Key != "Reminder.TooMany")
            .Select(s => $"{s.Set}: {s.Key}")
            .ToList();

        // "{0} käyttäjää" is right only for counts other than 1; such a text must be the .Other half of a counted pair.
        // (Reminder.TooMany names a count above the reminder limit, never 1.)
        Assert.Empty(offenders);
    }

    private static LocalizedString Render(IStringLocalizer strings, string name, int count, string filler = "x") =>
        strings.Count(name, count, filler, filler, filler, filler);

    private static T InLanguage<T>(string language, Func<T> render)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>The localizer of a resource set (e.g. Modules/TrainingSite.Quizzes/Resources/QuizzesStrings): its marker type, found in the project's assembly.</summary>
    private static IStringLocalizer LocalizerFor(string resourceSet)
    {
        var folder = Path.GetDirectoryName(Path.Combine(RepositoryPaths.Source, resourceSet))!;
        while (Directory.GetFiles(folder, "*.csproj").Length == 0)
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        var assembly = Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(Directory.GetFiles(folder, "*.csproj")[0])));
        var marker = assembly.GetTypes().Single(t => t.Name == Path.GetFileName(resourceSet));
        return Localizers.Create(marker);
    }

    private static IEnumerable<(string Set, IReadOnlyCollection<string> Keys)> ResourceSets() =>
        Directory.GetFiles(RepositoryPaths.Source, "*.fi.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Source, f[..^".fi.resx".Length]).Replace(Path.DirectorySeparatorChar, '/'), (IReadOnlyCollection<string>)Read(f).Keys));

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);
}
