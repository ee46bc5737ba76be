using System.Net;
using TrainingSite.Data.Configuration;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>Verification lookups are limited per client, so codes cannot be enumerated; the form itself is not counted.</summary>
public abstract class CertificateRateLimitTests(CertificateSite site)
{
    /// <summary>Lookups a minute on the test sites (30 in production), so the test reaches the limit quickly.</summary>
    public const int Limit = 3;

    [Fact]
    public async Task Lookups_ShouldBeLimitedPerClient_WithALocalized429()
    {
        using var visitor = site.CreateSiteClient();

        var forms = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            forms.Add((await visitor.GetPageAsync("/certificates/verify")).Response.StatusCode);
        }

        var lookups = new List<HttpStatusCode>();
        for (var i = 0; i < Limit; i++)
        {
            lookups.Add((await visitor.GetPageAsync($"/certificates/verify/{i:D4}-0000-0000-0000")).Response.StatusCode);
        }

        var (over, page) = await visitor.GetPageAsync("/certificates/verify?code=0000-0000-0000-0009", "sv");

        Assert.All(forms, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(lookups, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.Equal("För många förfrågningar", page.QuerySelector("h1")?.TextContent);
    }
}

public sealed class SqliteLimitedCertificateSite : CertificateSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override int VerifyPerMinute => CertificateRateLimitTests.Limit;
}

public sealed class PostgresLimitedCertificateSite : CertificateSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override int VerifyPerMinute => CertificateRateLimitTests.Limit;
}

public sealed class CertificateRateLimitTestsOnSqlite(SqliteLimitedCertificateSite site) : CertificateRateLimitTests(site), IClassFixture<SqliteLimitedCertificateSite>;

public sealed class CertificateRateLimitTestsOnPostgres(PostgresLimitedCertificateSite site) : CertificateRateLimitTests(site), IClassFixture<PostgresLimitedCertificateSite>;
