using TrainingSite.Data;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// The index on SQLite: a contentless FTS5 table of analysed terms (rowid = document id), read by term
/// through its fts5vocab "instance" table, which lists the (term, document) postings of the FTS5 index.
/// </summary>
public sealed class SqliteSearchEngineStore : ISearchEngineStore
{
    public async Task AddAsync(TrainingDbContext db, IReadOnlyList<(int DocumentId, IReadOnlyList<string> Terms)> documents, CancellationToken cancellationToken)
    {
        await using var command = await SqlCommands.CreateAsync(db, "INSERT INTO \"GuidanceSearchEngine\" (rowid, terms) VALUES (@id, @terms)", cancellationToken);
        var id = command.CreateParameter();
        id.ParameterName = "@id";
        var terms = command.CreateParameter();
        terms.ParameterName = "@terms";
        command.Parameters.Add(id);
        command.Parameters.Add(terms);
        foreach (var (documentId, documentTerms) in documents)
        {
            id.Value = documentId;
            terms.Value = string.Join(' ', documentTerms);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task RemoveAsync(TrainingDbContext db, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return;
        }

        await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
        command.CommandText = $"DELETE FROM \"GuidanceSearchEngine\" WHERE rowid IN ({string.Join(", ", documentIds.Select(i => command.Add(i)))})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await SqlCommands.CreateAsync(db, "INSERT INTO \"GuidanceSearchEngine\" (\"GuidanceSearchEngine\") VALUES ('delete-all')", cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(int DocumentId, string Term)>> PostingsAsync(TrainingDbContext db, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        await using var command = await SqlCommands.CreateAsync(db, string.Empty, cancellationToken);
        var termList = string.Join(", ", terms.Select(t => command.Add(t)));
        command.CommandText = $"SELECT doc, term FROM \"GuidanceSearchEngineTerms\" WHERE term IN ({termList})";
        return await PostingReader.ReadAsync(command, cancellationToken);
    }
}
