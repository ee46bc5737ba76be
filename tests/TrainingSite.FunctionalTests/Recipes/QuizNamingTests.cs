using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Recipes;

/// <summary>
/// A quiz has one name in each language: "tietovisa", "kunskapstest", "quiz". The shipped quizzes are titled
/// "{topic} – tietovisa" / "{topic} – kunskapstest" / "{topic} – quiz", and no UI string calls a quiz "tentti" or "prov".
/// </summary>
public sealed partial class QuizNamingTests
{
    private static readonly Dictionary<string, string> Suffixes = new() { ["fi"] = " – tietovisa", ["sv"] = " – kunskapstest", ["en"] = " – quiz" };

    [Fact]
    public void ShippedQuizTitles_ShouldEndWithTheQuizWord_InEveryLanguage()
    {
        var titles = (
            from file in Directory.GetFiles(RepositoryPaths.ContentRecipes, "*.recipe.json")
            from step in JsonNode.Parse(File.ReadAllText(file))!["steps"]!.AsArray()
            where step!["step"]!.GetValue<string>() == "courses"
            from course in step!["courses"]!.AsArray()
            where course!["quiz"] is not null
            from title in course!["quiz"]!["title"]!.AsObject()
            select (Quiz: course!["quiz"]!["id"]!.GetValue<string>(), Language: title.Key, Text: title.Value!.GetValue<string>())).ToList();

        var wrong = titles.Where(t => !t.Text.EndsWith(Suffixes[t.Language], StringComparison.Ordinal)).Select(t => $"{t.Quiz} ({t.Language}): {t.Text}");

        Assert.True(titles.Count >= 15 * 3, $"{titles.Count} titles");
        Assert.Empty(wrong);
    }

    [Fact]
    public void UiStrings_ShouldNeverCallAQuizAnExam()
    {
        var files = Directory.GetFiles(RepositoryPaths.Source, "*.resx", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".fi.resx", StringComparison.Ordinal) || f.EndsWith(".sv.resx", StringComparison.Ordinal));

        var wrong = (
            from file in files
            from data in XDocument.Load(file).Root!.Elements("data")
            let text = data.Element("value")?.Value ?? string.Empty
            where file.EndsWith(".fi.resx", StringComparison.Ordinal) ? text.Contains("tentt", StringComparison.OrdinalIgnoreCase) : SwedishExam().IsMatch(text)
            select $"{Path.GetFileName(file)}: {data.Attribute("name")!.Value}").ToList();

        Assert.Empty(wrong);
    }

    // "prov", "provförsök", "provsvar", "provresultat", but not the verb "prova".
    [GeneratedRegex(@"\b[Pp]rov(\b|försök|svar|resultat)")]
    private static partial Regex SwedishExam();
}
