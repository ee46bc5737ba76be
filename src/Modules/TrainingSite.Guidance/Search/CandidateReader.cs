using System.Data.Common;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance.Search;

/// <summary>Reads (document, term) rows, the shape both engines answer in, into candidate documents.</summary>
internal static class CandidateReader
{
    /// <summary>Columns: Id, ArticleId, Language, RegionId, TopicId, term.</summary>
    public static async Task<IReadOnlyCollection<CandidateDocument>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<int, CandidateDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt32(0);
            if (!documents.TryGetValue(id, out var document))
            {
                document = new CandidateDocument(id, reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4));
                documents[id] = document;
            }

            document.Terms.Add(reader.GetString(5));
        }

        return documents.Values;
    }
}
