using System.Text.Json;

namespace TrainingSite.Search.Evaluation;

/// <summary>The judged query set (tests/search-quality/guidance-queries.json).</summary>
public sealed record JudgedQuerySet(string Description, IReadOnlyList<JudgedQuery> Queries)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JudgedQuerySet Load(string path) =>
        JsonSerializer.Deserialize<JudgedQuerySet>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} is not a judged query set");
}
