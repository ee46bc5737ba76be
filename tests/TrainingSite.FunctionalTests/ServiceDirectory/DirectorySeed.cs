using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// Four points for the directory search tests, through the <c>servicepoints</c> recipe step, in two regions of
/// their own and nationally. At the tests' clock (Monday 10:00) Kela, the Vantaa early childhood service and the
/// employment advice (by chat only) are open; Migri (in person from Tuesday noon) is closed. Every point's notes
/// have the word "kvarkki", so a search for it finds all four.
/// </summary>
public static class DirectorySeed
{
    /// <summary>Every id of a point this seed imports starts so; the shipped points' ids never do.</summary>
    public const string TestPointPrefix = "zz-s-";

    public const string Espoo = "zz-s-espoo";
    public const string Vantaa = "zz-s-vantaa";
    public const string Benefits = "zz-s-benefits";
    public const string Immigration = "zz-s-immigration";

    public const string Kela = "zz-s-kela";
    public const string Migri = "zz-s-migri";
    public const string EarlyChildhood = "zz-s-varhaiskasvatus";
    public const string Advice = "zz-s-neuvonta";

    private const string Prelude = $$"""
        { "step": "regions", "regions": [ { "id": "{{Espoo}}", "name": { "fi": "Testi-Espoo", "sv": "Test-Esbo", "en": "Test Espoo" } },
                                          { "id": "{{Vantaa}}", "name": { "fi": "Testi-Vantaa", "sv": "Test-Vanda", "en": "Test Vantaa" } } ] },
        { "step": "topics", "topics": [ { "id": "{{Benefits}}", "name": { "fi": "Etuudet", "sv": "Förmåner", "en": "Benefits" } },
                                        { "id": "{{Immigration}}", "name": { "fi": "Maahanmuutto", "sv": "Invandring", "en": "Immigration" } } ] },
        """;

    public static Task ImportAsync(SiteFactory site) => ImportAsync(site, Recipe(
        Point(Kela, Espoo, Benefits, "Kelan palvelupiste Espoo", "FPA:s serviceställe Esbo", "Kela service point Espoo", "kela", """["fi", "sv", "en"]""",
            inPerson: Weekdays("09:00", "16:00"), phone: Weekdays("08:00", "16:00"), notes: "Kvarkki. Asiointi ajanvarauksella.", interpreting: "true"),
        Point(Migri, null, Immigration, "Maahanmuuttoviraston palvelupiste", "Migrationsverkets serviceställe", "Finnish Immigration Service point", "immigration-service", """["fi", "en", "ar"]""",
            inPerson: """[ { "days": ["tue", "wed", "thu", "fri"], "opens": "12:00", "closes": "16:00" } ]""", notes: "Kvarkki. Oleskelulupa-asiat."),
        Point(EarlyChildhood, Vantaa, Benefits, "Varhaiskasvatuksen asiakaspalvelu", "Kundtjänst för småbarnspedagogik", "Early childhood education customer service", "municipality", """["fi", "so"]""",
            inPerson: Weekdays("08:00", "20:00"), notes: "Kvarkki. Päivähoito ja palveluseteli.", city: """{ "fi": "Vantaa", "sv": "Vanda" }"""),
        Point(Advice, Espoo, Benefits, "Työllisyyspalvelujen neuvonta", "Rådgivning inom sysselsättningstjänster", "Employment services advice", "employment-services", """["fi", "ru"]""",
            chat: """[ { "days": ["mon"], "opens": "09:00", "closes": "11:00" } ]""", notes: "Kvarkki. Ohjaa tarvittaessa Kelan palveluihin.")));

    public static async Task ImportAsync(SiteFactory site, string recipe)
    {
        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.Path}: {p.Message}")));
    }

    public static string Recipe(params string[] points) =>
        $$"""{ "name": "directory-search", "steps": [ {{Prelude}} { "step": "servicepoints", "servicePoints": [ {{string.Join(", ", points)}} ] } ] }""";

    public static string Weekdays(string opens, string closes) =>
        $$"""[ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "{{opens}}", "closes": "{{closes}}" } ]""";

    public static string Point(
        string id, string? region, string topic, string fi, string sv, string en, string kind, string languages,
        string inPerson = "[]", string phone = "[]", string chat = "[]", string notes = "Kvarkki.", string interpreting = "false",
        string city = """{ "fi": "Espoo", "sv": "Esbo" }""") =>
        $$"""
        {
          "id": "{{id}}", "region": {{(region is null ? "null" : $"\"{region}\"")}}, "status": "published",
          "name": { "fi": "{{fi}}", "sv": "{{sv}}", "en": "{{en}}" },
          "organisation": { "fi": "Testiorganisaatio", "sv": "Testorganisation", "en": "Test organisation" }, "kind": "{{kind}}",
          "address": { "street": { "fi": "Testikatu 1", "sv": "Testgatan 1" }, "postalCode": "02230", "city": {{city}} },
          "phone": "+358 20 692 202", "web": "https://www.example.fi/",
          "languages": {{languages}}, "interpreting": { "phone": {{interpreting}}, "remote": false },
          "topics": ["{{topic}}"],
          "appointment": { "fi": "Ajanvaraus verkossa.", "sv": "Tidsbokning på webben.", "en": "Book online." },
          "notes": { "fi": "{{notes}}" },
          "hours": { "inPerson": {{inPerson}}, "phone": {{phone}}, "chat": {{chat}} },
          "exceptions": [],
          "checked": "2026-12-06"
        }
        """;
}
