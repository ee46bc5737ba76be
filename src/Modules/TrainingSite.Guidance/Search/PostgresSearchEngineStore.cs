using TrainingSite.Data;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// The index on PostgreSQL: a tsvector of analysed terms per document, built with array_to_tsvector so
/// no text-search configuration changes them, under a GIN index. A query looks each term up in the GIN
/// index (one single-lexeme tsquery per term) and answers (document, term) rows like the SQLite index.
/// </summary>
public sealed class PostgresSearchEngineStore : ISearchEngineStore
{
    public async Task AddAsync(TrainingDbContext db, IReadOnlyList<(int DocumentId, IReadOnlyList<string> Terms)> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
        var rows = documents.Select(d => $"({command.Add(d.DocumentId)}, array_to_tsvector({command.Add(d.Terms.ToArray())}::text[]))");
        command.CommandText = $"INSERT INTO \"GuidanceSearchEngine\" (\"DocumentId\", \"Terms\") VALUES {string.Join(", ", rows)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveAsync(TrainingDbContext db, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return;
        }

        await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
        command.CommandText = $"DELETE FROM \"GuidanceSearchEngine\" WHERE \"DocumentId\" = ANY({command.Add(documentIds.ToArray())})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await SqlCommands.CreateAsync(db, "DELETE FROM \"GuidanceSearchEngine\"", cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyCollection<CandidateDocument>> FindAsync(TrainingDbContext db, IReadOnlyList<string> terms, SearchFilter filter, CancellationToken cancellationToken)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
        var termArray = command.Add(terms.ToArray());
        var queryArray = command.Add(terms.Select(Lexeme).ToArray());
        command.CommandText = $"""
            SELECT d."Id", d."ArticleId", d."Language", d."RegionId", d."TopicId", t.term
            FROM unnest({termArray}::text[], {queryArray}::tsquery[]) AS t(term, query)
            JOIN "GuidanceSearchEngine" e ON e."Terms" @@ t.query
            JOIN "GuidanceSearchDocuments" d ON d."Id" = e."DocumentId"
            WHERE {command.FilterSql(filter)}
            """;
        return await CandidateReader.ReadAsync(command, cancellationToken);
    }

    /// <summary>A one-lexeme tsquery, quoted: a term never reaches tsquery syntax as an operator.</summary>
    private static string Lexeme(string term) =>
        "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
