using System.Net;
using System.Net.Http.Headers;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>/reports/learners.csv: every row equals the facts, round-trips through CsvHelper with ä/ö/å, BOM, separator per language, audited.</summary>
public abstract class LearnersCsvTests(ReportSite site)
{
    [Fact]
    public async Task FinnishCsv_ShouldHoldEveryLearnerOfTheFilter_WithTheFactsValues()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var expected = site.Data.Learners.Select(l => ExpectedLearner.Of(l, site)).ToList();

        var (bytes, response) = await DownloadAsync(admin, "/reports/learners.csv?organisation=&status=", "fi");
        var records = await ParseAsync(bytes, ';');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"oppijat-\d{4}-\d{2}-\d{2}\.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        foreach (var e in expected)
        {
            var record = Assert.Single(records, r => r["Sähköposti"] == e.Spec.Email);
            Assert.Equal(e.Spec.Name, record["Nimi"]);
            Assert.Contains("Äijä Öström", record["Nimi"], StringComparison.Ordinal);
            Assert.Equal(e.Spec.Organisation ?? string.Empty, record["Organisaatio"]);
            Assert.Equal(e.Spec.Region is null ? string.Empty : ReportText.Region(e.Spec.Region), record["Kotialue"]);
            Assert.Equal(ReportText.Day(e.Spec.Registered), record["Rekisteröitynyt"]);
            Assert.Equal(e.Spec.Deactivated ? ReportText.Day(e.Spec.Registered.AddDays(20)) : string.Empty, record["Poistettu käytöstä"]);
            Assert.Equal(ReportText.Day(e.LastActivity), record["Viimeksi aktiivinen"]);
            Assert.Equal($"{e.NationalRead}", record["Valtakunnallisia oppitunteja luettu"]);
            Assert.Equal("3", record["Valtakunnallisia oppitunteja"]);
            Assert.Equal($"{e.NationalComplete}", record["Valtakunnallisia kursseja suoritettu"]);
            Assert.Equal($"{e.SectionRead}", record["Alueen oppitunteja luettu"]);
            Assert.Equal($"{e.SectionLessons}", record["Alueen oppitunteja"]);
            Assert.Equal($"{e.SectionComplete}", record["Alueen kursseja suoritettu"]);
            Assert.Equal(ReportText.Status(e.Status), record["Tilanne"]);
            Assert.Equal(ReportText.CsvCertificate(e.Certificate), record["Todistus"]);
            Assert.Equal(e.Spec.Certificate is { } c ? ReportText.Day(c.IssuedAt) : string.Empty, record["Todistus myönnetty"]);
            Assert.Equal(e.BestScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, record[$"Paras tulos: Kurssi {site.NationalQuiz}"]);
        }

        Assert.Contains(records, r => r["Organisaatio"] == "Åbo stad – Ö-enheten");
    }

    [Fact]
    public async Task EnglishCsv_ShouldUseCommasAndEnglishHeaders_AndBeAudited()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var vantaa = site.Data.Learners.Where(l => l.Region == "vantaa").ToList();

        var (bytes, _) = await DownloadAsync(admin, "/reports/learners.csv?region=vantaa&status=InProgress", "en");
        var records = await ParseAsync(bytes, ',');
        var audited = await site.WithServiceAsync(s => s.GetRequiredService<TrainingDbContext>().Set<AuditEvent>()
            .Where(a => a.Kind == AuditKinds.ReportExported && a.RegionId == "vantaa").ToListAsync());

        Assert.Equal(vantaa.Select(l => ExpectedLearner.Of(l, site)).Count(e => e.Status == "InProgress"), records.Count);
        Assert.All(records, r => Assert.Equal("In progress", r["Status"]));
        Assert.Contains(audited, a => a.ItemType == AuditItemTypes.Report && a.ItemId == "learners" && a.Details!.Contains("status=InProgress", StringComparison.Ordinal));
    }

    private static async Task<(byte[] Bytes, HttpResponseMessage Response)> DownloadAsync(SiteClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.Http.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    private static async Task<List<Dictionary<string, string>>> ParseAsync(byte[] bytes, char separator)
    {
        using var stream = new MemoryStream(bytes);
        await using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = separator, HasHeader = true });
        await csv.ReadHeaderAsync();
        var headers = csv.Headers.ToList();
        var records = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            records.Add(headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i)));
        }

        return records;
    }
}

public sealed class LearnersCsvTestsOnSqlite(SqliteReportSite site) : LearnersCsvTests(site), IClassFixture<SqliteReportSite>;

public sealed class LearnersCsvTestsOnPostgres(PostgresReportSite site) : LearnersCsvTests(site), IClassFixture<PostgresReportSite>;
