using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>/health/live answers without checking anything; /health/ready reports each readiness check and its duration, 503 when one fails.</summary>
public abstract class HealthProbeTests(ObservabilitySite site)
{
    private static readonly string[] ReadinessChecks = ["database", "search-index", "analysis-libraries", "certificate-fonts", "mail"];

    [Fact]
    public async Task Live_ShouldAnswer200_WithoutRunningAnyCheck()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/health/live");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Empty(json.RootElement.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Ready_ShouldReportEveryCheckWithItsDuration_And200_WhenAllAreHealthy()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.OK, json.RootElement.ToString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(ReadinessChecks.Order(), checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.All(checks.EnumerateObject(), check =>
        {
            Assert.Equal("Healthy", check.Value.GetProperty("status").GetString());
            Assert.True(check.Value.GetProperty("durationMs").GetDouble() >= 0);
        });
        Assert.True(json.RootElement.GetProperty("durationMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Ready_ShouldAnswer503_NamingTheFailedChecks_WhenMailCannotBeWrittenAndFontsAreMissing()
    {
        var file = Path.GetTempFileName(); // a file where a folder should be: not even root can create the folder
        try
        {
            using var broken = site.WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Mail:PickupFolder", Path.Combine(file, "mail"));
                builder.UseSetting("Certificates:FontDirectory", Path.Combine(file, "fonts"));
            });
            using var client = broken.CreateClient();

            using var ready = await client.GetAsync("/health/ready");
            using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            using var live = await client.GetAsync("/health/live");
            using var status = await client.GetAsync("/health");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
            var checks = json.RootElement.GetProperty("checks");
            Assert.Equal("Unhealthy", checks.GetProperty("mail").GetProperty("status").GetString());
            Assert.Contains("pickup folder", checks.GetProperty("mail").GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal("Unhealthy", checks.GetProperty("certificate-fonts").GetProperty("status").GetString());
            Assert.Contains("Certificates:FontDirectory", checks.GetProperty("certificate-fonts").GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, status.StatusCode); // /health reports what it always has: database and search
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Probes_ShouldAnswerHead_AndRefusePost(string path)
    {
        using var client = site.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        using var post = await client.PostAsync(path, new StringContent(string.Empty));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Status_ShouldKeepItsChecks_DatabaseAndSearch()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["database", "search"], json.RootElement.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.False(json.RootElement.TryGetProperty("durationMs", out _));
    }
}

[Collection(ObservabilityGroup.Name)]
public sealed class HealthProbeTestsOnSqlite(SqliteObservabilitySite site) : HealthProbeTests(site);

[Collection(ObservabilityGroup.Name)]
public sealed class HealthProbeTestsOnPostgres(PostgresObservabilitySite site) : HealthProbeTests(site);
