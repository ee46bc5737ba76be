using System.Text.Json;

namespace TrainingSite.Benchmarks;

/// <summary>Asks the started site's JSON search API, as a signed-in network member, for a query's first ten articles.</summary>
public sealed class SiteSearchClient(LearnerSession member)
{
    public async Task<IReadOnlyList<string>> SearchAsync(string q, string language)
    {
        var url = $"{member.Site}/api/guidance/search?q={Uri.EscapeDataString(q)}&lang={language}&pageSize=10";
        using var answer = JsonDocument.Parse(await member.Http.GetStringAsync(url));
        return [.. answer.RootElement.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()!)];
    }
}
