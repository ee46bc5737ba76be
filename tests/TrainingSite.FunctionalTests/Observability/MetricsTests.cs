using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Services;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>
/// /metrics in Prometheus' format: the site's own counters after the events happen, the HTTP server's and the runtime's
/// metrics, and only for loopback, the allowed networks, and clients behind the trusted proxy judged by their own address.
/// </summary>
public abstract class MetricsTests(ObservabilitySite site)
{
    [Fact]
    public async Task Metrics_ShouldCountTheSitesEvents_WhenALearnerCompletesAndOthersSearchAndFail()
    {
        using var scraper = site.CreateSiteClient("127.0.0.1");
        var before = await ScrapeAsync(scraper);

        var (learner, _, _) = await CertificateSteps.HolderAsync(site);
        learner.Dispose();
        using var visitor = site.CreateSiteClient();
        await GuidanceApi.SearchAsync(visitor.Http, "asumistuki");
        await GuidanceApi.SearchAsync(visitor.Http, GuidanceSeed.NewWord());
        var (searchPage, _) = await visitor.GetPageAsync("/guidance?q=" + GuidanceSeed.NewWord());
        var attempts = await FailSignInsAsync(times: 6);
        var after = await ScrapeAsync(scraper);

        Assert.Equal(HttpStatusCode.OK, searchPage.StatusCode);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 5), HttpStatusCode.Locked], attempts);
        Assert.True(Increase("trainingsite_quiz_answers_saved_total") >= 3, "three questions answered");
        Assert.Equal(1, Increase("trainingsite_quiz_attempts_graded_total", "outcome=\"passed\""));
        Assert.Equal(0, Increase("trainingsite_quiz_attempts_graded_total", "outcome=\"failed\""));
        Assert.Equal(1, Increase("trainingsite_certificates_issued_total"));
        Assert.Equal(1, Increase("trainingsite_guidance_searches_total", "results=\"some\""));
        Assert.Equal(2, Increase("trainingsite_guidance_searches_total", "results=\"none\""));
        Assert.Equal(5, Increase("trainingsite_signin_failures_total"));
        Assert.Equal(1, Increase("trainingsite_signin_lockouts_total", "scope=\"account\""));
        Assert.True(PrometheusText.Has(after, "trainingsite_search_index_lag"), "the index lag gauge");
        Assert.InRange(PrometheusText.Sum(after, "trainingsite_search_index_lag"), 0, 1000);
        Assert.True(PrometheusText.Sum(after, "http_server_request_duration_seconds_count") > 0, "ASP.NET Core's request metric");
        Assert.Contains(after.Split('\n'), line => line.StartsWith("dotnet_", StringComparison.Ordinal));

        double Increase(string name, string? label = null) => PrometheusText.Sum(after, name, label) - PrometheusText.Sum(before, name, label);
    }

    [Fact]
    public async Task Revoking_ShouldCountOnce()
    {
        var (learner, certificate, _) = await CertificateSteps.HolderAsync(site);
        learner.Dispose();
        using var scraper = site.CreateSiteClient("::1");
        var before = PrometheusText.Sum(await ScrapeAsync(scraper), "trainingsite_certificates_revoked_total");

        var first = await site.WithServiceAsync(services => RevokeAsync(services, certificate.Id));
        var again = await site.WithServiceAsync(services => RevokeAsync(services, certificate.Id));
        var after = PrometheusText.Sum(await ScrapeAsync(scraper), "trainingsite_certificates_revoked_total");

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(1, after - before);
    }

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("::1", null)]
    [InlineData(ObservabilitySite.AllowedNetworkClient, null)]
    [InlineData(ObservabilitySite.AllowedSingleAddress, null)]
    [InlineData(ObservabilitySite.TrustedProxy, ObservabilitySite.AllowedNetworkClient)]
    public async Task Metrics_ShouldAnswer_AllowedClients(string address, string? forwardedFor)
    {
        using var client = site.CreateSiteClient(address);

        using var response = await GetMetricsAsync(client, forwardedFor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ObservabilitySite.OutsideClient, null)]
    [InlineData("192.0.3.1", null)]
    [InlineData(ObservabilitySite.TrustedProxy, null)] // the proxy itself is not allowed, only who it forwards
    [InlineData(ObservabilitySite.TrustedProxy, ObservabilitySite.OutsideClient)]
    [InlineData(ObservabilitySite.OutsideClient, "127.0.0.1")] // a forwarded header from an untrusted sender is not believed
    [InlineData(null, null)] // no address at all
    public async Task Metrics_ShouldBeThePlainNotFoundPage_ForEveryoneElse(string? address, string? forwardedFor)
    {
        using var client = site.CreateSiteClient(address);

        using var response = await GetMetricsAsync(client, forwardedFor);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("trainingsite_", body, StringComparison.Ordinal);
        Assert.Contains("Sivua ei löytynyt", body, StringComparison.Ordinal); // the same page as any unknown address
    }

    private static async Task<HttpResponseMessage> GetMetricsAsync(SiteClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.Http.SendAsync(request);
    }

    private static async Task<string> ScrapeAsync(SiteClient scraper)
    {
        using var response = await scraper.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<bool> RevokeAsync(IServiceProvider services, int id) =>
        services.GetRequiredService<CertificateStore>().RevokeAsync(id, "test", "tester", CancellationToken.None);

    private async Task<List<HttpStatusCode>> FailSignInsAsync(int times)
    {
        var email = $"guessed-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var guesser = site.CreateSiteClient("198.51.100.77");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            var (response, _) = await guesser.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Wrong-password-1" });
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}

[Collection(ObservabilityGroup.Name)]
public sealed class MetricsTestsOnSqlite(SqliteObservabilitySite site) : MetricsTests(site);

[Collection(ObservabilityGroup.Name)]
public sealed class MetricsTestsOnPostgres(PostgresObservabilitySite site) : MetricsTests(site);
