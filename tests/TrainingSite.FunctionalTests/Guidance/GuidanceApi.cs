using System.Text.Json;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>Calls GET /api/guidance/search and reads the answer as JSON.</summary>
public static class GuidanceApi
{
    public static async Task<JsonElement> SearchAsync(HttpClient client, string query, string lang = "fi", string extra = "")
    {
        using var response = await client.GetAsync($"/api/guidance/search?q={Uri.EscapeDataString(query)}&lang={lang}{extra}");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for [{query}]: {await response.Content.ReadAsStringAsync()}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    public static IReadOnlyList<string> Ids(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()!)];
}
