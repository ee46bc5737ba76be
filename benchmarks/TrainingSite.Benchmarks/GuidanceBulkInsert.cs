using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Writes generated articles straight into GuidanceArticles and GuidanceArticleVersions (version 1, published),
/// in the shape the site's EF model stores: importing 100,000 articles through the recipe importer would take
/// longer than the measurement itself. PostgreSQL gets binary COPY; SQLite one transaction of prepared inserts.
/// </summary>
public static class GuidanceBulkInsert
{
    private const string Author = "bench";

    public static async Task InsertAsync(BenchmarkDatabase database, IEnumerable<GeneratedArticle> articles)
    {
        if (database.Provider == "Postgres")
        {
            await InsertPostgresAsync(database, articles);
        }
        else
        {
            await InsertSqliteAsync(database, articles);
        }
    }

    private static async Task InsertSqliteAsync(BenchmarkDatabase database, IEnumerable<GeneratedArticle> articles)
    {
        await using var connection = (SqliteConnection)database.Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        // EF Core's SQLite text format for DateTimeOffset.
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        var textUpdated = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        await using var article = new SqliteCommand("INSERT INTO \"GuidanceArticles\" (\"Id\", \"RegionId\", \"CreatedAt\") VALUES ($id, $region, $now)", connection, transaction);
        await using var version = new SqliteCommand(
            "INSERT INTO \"GuidanceArticleVersions\" (\"ArticleId\", \"Body\", \"TopicId\", \"Audience\", \"Tags\", \"Number\", \"IsPublished\", \"PublishedAt\", \"CreatedAt\", \"UpdatedAt\", \"AuthorName\", \"PublishedBy\", \"TextUpdatedAt\", \"Title\") " +
            "VALUES ($id, $body, $topic, $audience, $tags, 1, 1, $now, $now, $now, $author, $author, $textUpdated, $title)",
            connection,
            transaction);
        var articleParameters = Parameters(article, "$id", "$region", "$now");
        var versionParameters = Parameters(version, "$id", "$body", "$topic", "$audience", "$tags", "$now", "$author", "$textUpdated", "$title");
        foreach (var a in articles)
        {
            Set(articleParameters, a.Id, (object?)a.Region ?? DBNull.Value, now);
            await article.ExecuteNonQueryAsync();
            Set(versionParameters, a.Id, Json(a.Body), a.Topic, a.Audience, JsonSerializer.Serialize(a.Tags), now, Author, TextUpdated(a, textUpdated), Json(a.Title));
            await version.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task InsertPostgresAsync(BenchmarkDatabase database, IEnumerable<GeneratedArticle> articles)
    {
        await using var connection = (NpgsqlConnection)database.Open();
        // In chunks, so 100,000 generated articles never sit in memory at once (the versions refer to the articles).
        foreach (var chunk in articles.Chunk(5000))
        {
            await CopyAsync(connection, chunk);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, GeneratedArticle[] list)
    {
        var now = DateTime.UtcNow;
        var nowText = now.ToString("O", CultureInfo.InvariantCulture);
        await using (var copy = await connection.BeginBinaryImportAsync("COPY \"GuidanceArticles\" (\"Id\", \"RegionId\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in list)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(a.Id, NpgsqlDbType.Varchar);
                await copy.WriteAsync((object?)a.Region ?? DBNull.Value, NpgsqlDbType.Varchar);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"GuidanceArticleVersions\" (\"ArticleId\", \"Body\", \"TopicId\", \"Audience\", \"Tags\", \"Number\", \"IsPublished\", \"PublishedAt\", \"CreatedAt\", \"UpdatedAt\", \"AuthorName\", \"PublishedBy\", \"TextUpdatedAt\", \"Title\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in list)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(a.Id, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Json(a.Body), NpgsqlDbType.Text);
                await copy.WriteAsync(a.Topic, NpgsqlDbType.Varchar);
                await copy.WriteAsync(a.Audience, NpgsqlDbType.Varchar);
                await copy.WriteAsync(JsonSerializer.Serialize(a.Tags), NpgsqlDbType.Text);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(Author, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Author, NpgsqlDbType.Varchar);
                await copy.WriteAsync(TextUpdated(a, nowText), NpgsqlDbType.Text);
                await copy.WriteAsync(Json(a.Title), NpgsqlDbType.Text);
            }

            await copy.CompleteAsync();
        }
    }

    private static string Json(IReadOnlyDictionary<string, string> text) => JsonSerializer.Serialize(text);

    /// <summary>When each translation's text last changed: the site marks translations older than the Finnish text by it.</summary>
    private static string TextUpdated(GeneratedArticle article, string now) =>
        JsonSerializer.Serialize(article.Body.Keys.ToDictionary(l => l, _ => now, StringComparer.Ordinal));

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n }))];

    private static void Set(SqliteParameter[] parameters, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i];
        }
    }
}
