using System.Net;
using System.Text.Json;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>With <c>Logging:Json=true</c> the console log is JSON, each entry of a request carries its trace id, and the 500 page shows that id.</summary>
public abstract class StructuredLogTests(ObservabilitySite site)
{
    [Theory]
    [InlineData("fi", "Virheen tunniste")]
    [InlineData("sv", "Felets referens")]
    [InlineData("en", "Error reference")]
    public async Task ServerError_ShouldShowTheTraceId_ThatItsLogEntriesCarry(string language, string label)
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.GetPageAsync(ServerErrorTrigger.Path, language);
        var shown = page.QuerySelector("main .trace-id")?.TextContent ?? string.Empty;
        var entries = await EntriesOfAsync(shown, entry => entry.GetProperty("LogLevel").GetString() == "Error");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", shown);
        Assert.Contains(label, page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var error = Assert.Single(entries);
        Assert.Contains("A bug, on purpose", error.GetProperty("Exception").GetString(), StringComparison.Ordinal);
        Assert.Contains(Scopes(error), scope => scope.TryGetProperty("RequestPath", out var path) && path.GetString() == ServerErrorTrigger.Path);
    }

    [Fact]
    public async Task EveryEntryWrittenDuringARequest_ShouldCarryThatRequestsTraceId()
    {
        using var client = site.CreateSiteClient();

        var (first, firstPage) = await client.GetPageAsync(ServerErrorTrigger.Path);
        var (second, secondPage) = await client.GetPageAsync(ServerErrorTrigger.Path);
        var firstId = firstPage.QuerySelector("main .trace-id")?.TextContent ?? string.Empty;
        var secondId = secondPage.QuerySelector("main .trace-id")?.TextContent ?? string.Empty;
        var firstEntries = await EntriesOfAsync(firstId, _ => true);
        await EntriesOfAsync(secondId, _ => true);
        var duringRequests = site.Console.Lines.Select(Parse).Where(e => Scopes(e).Any(s => s.TryGetProperty("RequestPath", out _))).ToList();

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.NotEqual(firstId, secondId);
        Assert.NotEmpty(firstEntries);
        Assert.NotEmpty(duringRequests);
        Assert.All(duringRequests, entry => Assert.Matches("^[0-9a-f]{32}$", TraceId(entry)));
    }

    [Fact]
    public void TheConsole_ShouldHoldOnlyJson()
    {
        var lines = site.Console.Lines;

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, Parse(line).ValueKind));
    }

    private async Task<List<JsonElement>> EntriesOfAsync(string traceId, Func<JsonElement, bool> which)
    {
        for (var waited = 0; waited < 50; waited++)
        {
            var entries = site.Console.Lines.Where(line => line.Contains(traceId, StringComparison.Ordinal)).Select(Parse).Where(e => TraceId(e) == traceId && which(e)).ToList();
            if (entries.Count > 0)
            {
                return entries;
            }

            await Task.Delay(100); // the console logger writes on its own thread
        }

        return [];
    }

    private static JsonElement Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.Clone();
    }

    private static JsonElement[] Scopes(JsonElement entry) =>
        entry.TryGetProperty("Scopes", out var scopes) ? [.. scopes.EnumerateArray()] : [];

    private static string? TraceId(JsonElement entry) =>
        Scopes(entry).Select(s => s.TryGetProperty("TraceId", out var id) ? id.GetString() : null).FirstOrDefault(id => id is not null);
}

[Collection(ObservabilityGroup.Name)]
public sealed class StructuredLogTestsOnSqlite(SqliteObservabilitySite site) : StructuredLogTests(site);

[Collection(ObservabilityGroup.Name)]
public sealed class StructuredLogTestsOnPostgres(PostgresObservabilitySite site) : StructuredLogTests(site);
