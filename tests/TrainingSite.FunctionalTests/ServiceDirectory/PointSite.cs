using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// A site without the shipped recipes whose clock stands at Wednesday 23 December 2026, 10:00 Finnish time (and runs on
/// from there): a published point open in person Mon–Fri 9–16 with Christmas Eve closed and a shorter Monday, a
/// national point, a draft point, guidance articles that link them, and a course whose lesson links them.
/// </summary>
public abstract class PointSite : SiteFactory
{
    public const string PublicBaseUrl = "https://koulutus.example.fi/koulutus";
    public const string Point = "zz-pt-kela";
    public const string National = "zz-pt-migri";
    public const string Draft = "zz-pt-kela-draft"; // its id starts with Point's: a link to it is not a link to Point
    public const string LinkingArticle = "zz-pt-article";
    public const string NetworkArticle = "zz-pt-network-article";
    public const string OtherArticle = "zz-pt-other-article";

    /// <summary>Wednesday 23.12.2026 10:00 in Finland (UTC+2).</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 23, 8, 0, 0, TimeSpan.Zero);

    public string Course { get; } = CourseSeed.NewId("cpt");

    public string Lesson => Course + "-l";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Recipes:ApplyOnFirstRun"] = "false",
        ["Site:PublicBaseUrl"] = PublicBaseUrl,
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CourseSeed.ImportAsync(this, Recipe);
        await CourseSeed.ImportAsync(this, CourseSeed.Recipe(CourseSeed.Course(
            Course, region: null, Lesson, lessonBody: $"Ohjaa asiakas: [Kela]({"servicepoint:" + Point}). Ei vielä: [luonnos](servicepoint:{Draft}).")));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new RunningClock(Now)));
    }

    /// <summary>A clock that starts at a fixed instant and runs at real speed (timers stay real, so the site's background work runs).</summary>
    private sealed class RunningClock(DateTimeOffset start) : TimeProvider
    {
        private readonly Stopwatch _elapsed = Stopwatch.StartNew();

        public override DateTimeOffset GetUtcNow() => start + _elapsed.Elapsed;
    }

    private static string Recipe => $$"""
        { "name": "point-page", "steps": [
          { "step": "regions", "regions": [ { "id": "zz-pt-region", "name": { "fi": "Testialue", "sv": "Testområde", "en": "Test region" } } ] },
          { "step": "topics", "topics": [ { "id": "zz-pt-topic", "name": { "fi": "Testiaihe", "sv": "Testämne", "en": "Test topic" } } ] },
          { "step": "servicepoints", "servicePoints": [
            {
              "id": "{{Point}}", "region": "zz-pt-region",
              "name": { "fi": "Kelan palvelupiste Testilä", "sv": "FPA:s serviceställe Testby", "en": "Kela service point Testville" },
              "organisation": { "fi": "Kela", "sv": "FPA", "en": "Kela" }, "kind": "kela",
              "address": { "street": { "fi": "Piispansilta 11", "sv": "Biskopsbron 11" }, "postalCode": "02230", "city": { "fi": "Espoo", "sv": "Esbo" } },
              "coordinates": { "lat": 60.1613, "lon": 24.7383 },
              "phone": "+358 20 692 202", "web": "https://www.kela.fi/",
              "languages": ["fi", "sv", "en", "so"], "interpreting": { "phone": true, "remote": false },
              "topics": ["zz-pt-topic"],
              "appointment": { "fi": "Ajanvaraus verkossa.", "sv": "Tidsbokning på webben.", "en": "Book online." },
              "accessibility": { "fi": "Esteetön sisäänkäynti.", "sv": "Tillgänglig ingång.", "en": "Step-free entrance." },
              "notes": { "fi": "Arkipyhien aukioloa ei vahvistettu.", "sv": "Öppettiderna på helgdagar bekräftades inte.", "en": "Opening hours on public holidays were not confirmed." },
              "hours": {
                "inPerson": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "16:00" } ],
                "phone": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:00", "closes": "18:00" } ]
              },
              "exceptions": [ { "date": "2026-12-24", "closed": true, "note": { "fi": "Jouluaatto", "sv": "Julafton", "en": "Christmas Eve" } },
                              { "date": "2026-12-28", "channel": "inPerson", "opens": "09:00", "closes": "13:00", "note": { "fi": "Lyhennetty päivä", "sv": "Förkortad dag" } } ],
              "checked": "2026-12-06"
            },
            {
              "id": "{{National}}", "region": null,
              "name": { "fi": "Maahanmuuttoviraston neuvonta", "sv": "Migrationsverkets rådgivning", "en": "Finnish Immigration Service advice" },
              "organisation": { "fi": "Maahanmuuttovirasto", "sv": "Migrationsverket", "en": "Finnish Immigration Service" }, "kind": "immigration-service",
              "phone": "0295 419 600", "languages": ["fi", "sv", "en"], "topics": ["zz-pt-topic"],
              "appointment": { "fi": "Soita.", "sv": "Ring.", "en": "Call." },
              "hours": { "phone": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "12:00" } ] },
              "checked": "2026-12-01"
            },
            {
              "id": "{{Draft}}", "region": "zz-pt-region", "status": "draft",
              "name": { "fi": "Luonnospiste" }, "organisation": { "fi": "Kunta" }, "kind": "municipality",
              "languages": ["fi"], "topics": ["zz-pt-topic"], "appointment": { "fi": "Ei vielä." },
              "hours": { "inPerson": [ { "days": ["mon"], "opens": "09:00", "closes": "10:00" } ] },
              "checked": "2026-12-01"
            } ] },
          { "step": "guidance", "articles": [
            { "id": "{{LinkingArticle}}", "region": null, "topic": "zz-pt-topic", "audience": "public",
              "title": { "fi": "Viittaava artikkeli", "sv": "Hänvisande artikel", "en": "Referring article" },
              "body": { "fi": "## Mihin ohjata\n\n- [Kelan palvelupiste](servicepoint:{{Point}})\n- [Luonnos](servicepoint:{{Draft}})", "en": "Refer to [Kela](servicepoint:{{Point}} \"Kela\")." } },
            { "id": "{{NetworkArticle}}", "region": null, "topic": "zz-pt-topic", "audience": "network",
              "title": { "fi": "Verkoston artikkeli" }, "body": { "fi": "[Kela](servicepoint:{{Point}})" } },
            { "id": "{{OtherArticle}}", "region": null, "topic": "zz-pt-topic", "audience": "public",
              "title": { "fi": "Muu artikkeli" }, "body": { "fi": "[Luonnos](servicepoint:{{Draft}}) ja [Migri](servicepoint:{{National}})" } }
          ] }
        ] }
        """;
}

public sealed class SqlitePointSite : PointSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPointSite : PointSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
