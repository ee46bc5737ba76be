using TrainingSite.Data;
using TrainingSite.Search.Querying;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// The index's vocabulary (GuidanceSearchWords): folded words with how many translations contain them (all,
/// and public ones apart), kept up to date in the publishing transaction. Typo correction, completion and
/// suggestions read it for an audience: a visitor who may read only public articles is answered from the
/// public count, so no word found only in network articles reaches them. The SQL is the same on both providers.
/// </summary>
public sealed class SearchVocabulary
{
    public const int MaxCompletions = 12;
    private const int Batch = 300;
    private const int MaxTermLength = 100;

    public static async Task<VocabularyAnswers> LookupAsync(TrainingDbContext db, VocabularyNeeds needs, bool publicOnly, CancellationToken cancellationToken)
    {
        // The column is one of two constants, never input.
        var count = publicOnly ? "\"PublicDocuments\"" : "\"Documents\"";
        var known = new Dictionary<string, VocabularyWord>(StringComparer.Ordinal);
        foreach (var chunk in needs.TypoCandidates.Where(t => t.Length <= MaxTermLength).Chunk(Batch * 3))
        {
            await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
            command.CommandText = $"SELECT \"Term\", \"Display\", {count} FROM \"GuidanceSearchWords\" WHERE {count} > 0 AND \"Term\" IN ({string.Join(", ", chunk.Select(t => command.Add(t)))})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                known[reader.GetString(0)] = new VocabularyWord(reader.GetString(1), reader.GetInt32(2));
            }
        }

        var completions = new List<string>();
        if (needs.Prefix is { Length: > 0 and <= MaxTermLength } prefix)
        {
            await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
            // A range on the primary key rather than LIKE, which would read '%' and '_' in the prefix as wildcards.
            // The upper bound (last letter + 1) holds in code-point and in linguistic collations; substr checks it.
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            command.CommandText = $"""
                SELECT "Term" FROM "GuidanceSearchWords"
                WHERE {count} > 0 AND "Term" >= {command.Add(prefix)} AND "Term" < {command.Add(upper)} AND "Term" <> {command.Add(prefix)}
                  AND substr("Term", 1, {command.Add(prefix.Length)}) = {command.Add(prefix)}
                ORDER BY {count} DESC, "Term" LIMIT {MaxCompletions}
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                completions.Add(reader.GetString(0));
            }
        }

        return new VocabularyAnswers(known, completions);
    }

    /// <summary>Adds (or with a negative sign, removes) texts' words: folded word → spelling, counted once per text.</summary>
    public static async Task CountAsync(TrainingDbContext db, IReadOnlyDictionary<string, WordCount> words, CancellationToken cancellationToken)
    {
        foreach (var chunk in words.Where(w => w.Key.Length <= MaxTermLength && (w.Value.Documents != 0 || w.Value.PublicDocuments != 0)).Chunk(Batch))
        {
            await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
            var rows = chunk.Select(w => $"({command.Add(w.Key)}, {command.Add(Truncate(w.Value.Display))}, {command.Add(w.Value.Documents)}, {command.Add(w.Value.PublicDocuments)})");
            command.CommandText = $"""
                INSERT INTO "GuidanceSearchWords" ("Term", "Display", "Documents", "PublicDocuments") VALUES {string.Join(", ", rows)}
                ON CONFLICT ("Term") DO UPDATE SET "Documents" = "GuidanceSearchWords"."Documents" + excluded."Documents",
                    "PublicDocuments" = "GuidanceSearchWords"."PublicDocuments" + excluded."PublicDocuments"
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (words.Values.Any(w => w.Documents < 0))
        {
            await using var command = await SqlCommands.CreateAsync(db, "DELETE FROM \"GuidanceSearchWords\" WHERE \"Documents\" <= 0", cancellationToken);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task ClearAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await SqlCommands.CreateAsync(db, "DELETE FROM \"GuidanceSearchWords\"", cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Truncate(string display) => display.Length <= MaxTermLength ? display : display[..MaxTermLength];
}
