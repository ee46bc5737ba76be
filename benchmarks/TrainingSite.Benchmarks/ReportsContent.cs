using System.Data.Common;
using System.Text.Json;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Benchmarks;

/// <summary>
/// What the reports benchmark's learners work through: the regions and the published courses, lessons and quizzes
/// of the shipped recipes, read back from the migrated database after the import (so the generated rows refer to
/// the real ids, versions and questions, whatever the recipes hold today).
/// </summary>
public sealed record ReportsContent(IReadOnlyList<ContentRegion> Regions, IReadOnlyList<ContentCourse> Courses)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The national part's courses in order.</summary>
    public IEnumerable<ContentCourse> National => Courses.Where(c => c.RegionId is null);

    /// <summary>A region's own section, in order (empty for learners without a home region).</summary>
    public IEnumerable<ContentCourse> Section(string? regionId) => regionId is null ? [] : Courses.Where(c => c.RegionId == regionId);

    public static async Task<ReportsContent> ReadAsync(BenchmarkDatabase database)
    {
        await using var connection = database.Open();
        var regions = new List<ContentRegion>();
        await foreach (var row in RowsAsync(connection, "SELECT \"Id\", \"Name\" FROM \"Regions\" ORDER BY \"Id\""))
        {
            regions.Add(new ContentRegion((string)row[0], Text((string)row[1])));
        }

        var lessons = new List<(string CourseId, string LessonId)>();
        await foreach (var row in RowsAsync(connection,
            "SELECT l.\"CourseId\", l.\"Id\" FROM \"Lessons\" l WHERE EXISTS (SELECT 1 FROM \"LessonVersions\" v WHERE v.\"LessonId\" = l.\"Id\" AND v.\"IsPublished\") ORDER BY l.\"CourseId\", l.\"SortOrder\""))
        {
            lessons.Add(((string)row[0], (string)row[1]));
        }

        var quizzes = new Dictionary<string, ContentQuiz>(StringComparer.Ordinal);
        await foreach (var row in RowsAsync(connection,
            "SELECT q.\"CourseId\", q.\"Id\", v.\"Id\", v.\"PassPercent\", v.\"PartialCredit\", v.\"Questions\" FROM \"Quizzes\" q JOIN \"QuizVersions\" v ON v.\"QuizId\" = q.\"Id\" AND v.\"IsPublished\""))
        {
            var version = new QuizVersion
            {
                Id = Convert.ToInt32(row[2], System.Globalization.CultureInfo.InvariantCulture),
                QuizId = (string)row[1],
                PassPercent = Convert.ToInt32(row[3], System.Globalization.CultureInfo.InvariantCulture),
                PartialCredit = Convert.ToBoolean(row[4], System.Globalization.CultureInfo.InvariantCulture),
                Questions = JsonSerializer.Deserialize<List<QuizQuestion>>((string)row[5], Json)!,
            };
            quizzes[(string)row[0]] = new ContentQuiz(version.QuizId, version);
        }

        var courses = new List<ContentCourse>();
        await foreach (var row in RowsAsync(connection,
            "SELECT c.\"Id\", c.\"RegionId\", v.\"Title\" FROM \"Courses\" c JOIN \"CourseVersions\" v ON v.\"CourseId\" = c.\"Id\" AND v.\"IsPublished\" ORDER BY c.\"SortOrder\", c.\"Id\""))
        {
            var id = (string)row[0];
            courses.Add(new ContentCourse(
                id,
                row[1] as string,
                Text((string)row[2]),
                [.. lessons.Where(l => l.CourseId == id).Select(l => l.LessonId)],
                quizzes.GetValueOrDefault(id)));
        }

        return new ReportsContent(regions, [.. courses.Where(c => c.Lessons.Count > 0)]);
    }

    private static LocalizedText Text(string json) => new(JsonSerializer.Deserialize<Dictionary<string, string>>(json)!);

    private static async IAsyncEnumerable<object[]> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            yield return values;
        }
    }
}

public sealed record ContentRegion(string Id, LocalizedText Name);

/// <summary>A published course: its published lessons in order and its published quiz, if any.</summary>
public sealed record ContentCourse(string Id, string? RegionId, LocalizedText Title, IReadOnlyList<string> Lessons, ContentQuiz? Quiz);

public sealed record ContentQuiz(string Id, QuizVersion Version);
