using System.Text.Json;
using Xunit;

namespace TrainingSite.Testing;

/// <summary>
/// The training package as the shipped recipes (content-recipes/) define it: the published courses of the national
/// part and of one region's section, with their lessons and every quiz question's right choices. Tests take the
/// courses and answers from here, never from the page under test.
/// </summary>
public static class ShippedPackage
{
    /// <summary>Every published course of the national part and of <paramref name="homeRegion"/>'s section, national first.</summary>
    public static IReadOnlyList<PackageCourse> Courses(string homeRegion)
    {
        var courses = new List<PackageCourse>();
        foreach (var file in new[] { "national-package.recipe.json", $"region-{homeRegion}.recipe.json" })
        {
            using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ContentRecipes, file)));
            foreach (var step in recipe.RootElement.GetProperty("steps").EnumerateArray())
            {
                if (!step.TryGetProperty("courses", out var list))
                {
                    continue;
                }

                foreach (var course in list.EnumerateArray())
                {
                    if (course.TryGetProperty("status", out var status) && status.GetString() == "draft")
                    {
                        continue;
                    }

                    var correct = course.TryGetProperty("quiz", out var quiz)
                        ? quiz.GetProperty("questions").EnumerateArray().ToDictionary(
                            q => q.GetProperty("id").GetString()!,
                            q => (IReadOnlyList<string>)[.. q.GetProperty("choices").EnumerateArray().Where(c => c.GetProperty("correct").GetBoolean()).Select(c => c.GetProperty("id").GetString()!)])
                        : [];
                    courses.Add(new PackageCourse(
                        course.GetProperty("id").GetString()!,
                        course.GetProperty("region").GetString() ?? "national",
                        [.. course.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("id").GetString()!)],
                        correct));
                }
            }
        }

        Assert.All(courses, c => Assert.NotEmpty(c.Correct));
        return courses;
    }
}

/// <summary>A course of the package: its lessons in order and, per quiz question, the ids of the right choices.</summary>
public sealed record PackageCourse(string Id, string Region, IReadOnlyList<string> Lessons, Dictionary<string, IReadOnlyList<string>> Correct)
{
    /// <summary>Every right choice as the attempt form posts it (<c>answer:{question}</c> = choice id).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RightAnswers =>
        [.. Correct.SelectMany(q => q.Value.Select(choice => new KeyValuePair<string, string>("answer:" + q.Key, choice)))];
}
