using Npgsql;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The baseline: PostgreSQL's own finnish/swedish/english text search configurations over the same published
/// translations, in a scratch table of the benchmark database. Each translation is analysed with its own
/// language's configuration, each query with its language's; ts_rank orders, and an article counts once, by
/// its best translation.
/// </summary>
public sealed class BuiltInPostgresSearch(NpgsqlConnection connection)
{
    /// <summary>websearch_to_tsquery: every word of the query must occur (after stemming).</summary>
    public const string AllWords = "websearch_to_tsquery(@config::regconfig, @q)";

    /// <summary>plainto_tsquery's lexemes joined with |: any stemmed word of the query may match.</summary>
    public const string AnyWord = "NULLIF(replace(plainto_tsquery(@config::regconfig, @q)::text, ' & ', ' | '), '')::tsquery";

    public static string Config(string language) => language switch
    {
        "fi" => "finnish",
        "sv" => "swedish",
        _ => "english",
    };

    public async Task LoadAsync(IEnumerable<ShippedArticle> articles)
    {
        await ExecuteAsync("""
            CREATE TABLE bench_builtin_search (article_id text NOT NULL, language text NOT NULL, document tsvector NOT NULL);
            CREATE INDEX ON bench_builtin_search USING gin (document);
            """);
        foreach (var article in articles)
        {
            foreach (var (language, body) in article.Body)
            {
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO bench_builtin_search VALUES (@id, @language, to_tsvector(@config::regconfig, @title || ' ' || @body))", connection);
                insert.Parameters.AddWithValue("id", article.Id);
                insert.Parameters.AddWithValue("language", language);
                insert.Parameters.AddWithValue("config", Config(language));
                insert.Parameters.AddWithValue("title", article.Title.GetValueOrDefault(language, string.Empty));
                insert.Parameters.AddWithValue("body", body);
                await insert.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>The ranked article ids for a query; <paramref name="tsquery"/> is <see cref="AllWords"/> or <see cref="AnyWord"/>.</summary>
    public async Task<IReadOnlyList<string>> SearchAsync(string tsquery, string q, string language)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT s.article_id FROM bench_builtin_search s, (SELECT {tsquery} AS query) q
            WHERE s.document @@ q.query
            GROUP BY s.article_id ORDER BY max(ts_rank(s.document, q.query)) DESC, s.article_id LIMIT 10
            """, connection);
        command.Parameters.AddWithValue("config", Config(language));
        command.Parameters.AddWithValue("q", q);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
