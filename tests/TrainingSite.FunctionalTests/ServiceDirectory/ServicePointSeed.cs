using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data;
using TrainingSite.Recipes.Services;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>Published service points put on a test site through the <c>servicepoints</c> step, and what the site then holds.</summary>
public static class ServicePointSeed
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task ImportAsync(SiteFactory site, params string[] points)
    {
        var recipe = $$"""{ "name": "seed-points-{{Guid.NewGuid():N}}", "steps": [ { "step": "servicepoints", "servicePoints": [ {{string.Join(", ", points)}} ] } ] }""";
        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.Path}: {p.Message}")));
    }

    /// <summary>A complete published point of <paramref name="region"/> (null: national), in every language.</summary>
    public static string Point(string id, string? region, string phone = "+358 20 692 202") =>
        $$"""
        {
          "id": "{{id}}", "region": {{(region is null ? "null" : $"\"{region}\"")}},
          "name": { "fi": "Piste {{id}}", "sv": "Punkt {{id}}", "en": "Point {{id}}" },
          "organisation": { "fi": "Kela", "sv": "FPA", "en": "Kela" }, "kind": "kela",
          "address": { "street": { "fi": "Piispansilta 11" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } },
          "phone": "{{phone}}", "web": "https://www.kela.fi/",
          "languages": ["fi", "sv", "en"], "topics": ["housing"],
          "appointment": { "fi": "Ajanvaraus verkossa.", "sv": "Tidsbokning på webben.", "en": "Book online." },
          "hours": { "inPerson": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "16:00" } ] },
          "exceptions": [ { "date": "2026-12-24", "closed": true, "note": { "fi": "Jouluaatto", "sv": "Julafton", "en": "Christmas Eve" } } ],
          "checked": "2026-12-06"
        }
        """;

    public static Task<PublishedServicePoint?> PublishedAsync(SiteFactory site, string id) =>
        site.WithServiceAsync(services => services.GetRequiredService<PublishedServicePoints>().FindAsync(id, CancellationToken.None));

    public static Task<List<ServicePointVersion>> VersionsAsync(SiteFactory site, string id) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<ServicePointVersion>()
            .AsNoTracking().Where(v => v.PointId == id).OrderBy(v => v.Number).ToListAsync());
}
