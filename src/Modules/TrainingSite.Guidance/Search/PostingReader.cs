using System.Data.Common;

namespace TrainingSite.Guidance.Search;

/// <summary>Reads (document, term) rows, the shape both engines answer in.</summary>
internal static class PostingReader
{
    public static async Task<IReadOnlyList<(int DocumentId, string Term)>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var postings = new List<(int, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            postings.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return postings;
    }
}
