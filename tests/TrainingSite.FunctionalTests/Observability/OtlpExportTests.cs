using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>
/// Traces and metrics go over OTLP when, and only when, <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the other OTEL_*
/// variables (protocol, service name) are the standard ones. A loopback receiver stands in for the collector.
/// </summary>
public sealed class OtlpExportTests(SqliteSiteFactory site) : IClassFixture<SqliteSiteFactory>
{
    [Fact]
    public async Task TracesAndMetrics_ShouldReachTheCollector_WhenTheEndpointIsSet()
    {
        using var collector = new FakeCollector();
        using var exporting = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint);
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            builder.UseSetting("OTEL_SERVICE_NAME", "trainingsite-otlp-test");
        });
        using var client = exporting.CreateClient();

        using var response = await client.GetAsync("/courses");
        var tracer = exporting.Services.GetRequiredService<TracerProvider>();
        var meter = exporting.Services.GetRequiredService<MeterProvider>();
        var received = await FlushUntilAsync(tracer, meter, collector, r =>
            HasTrace(r, "/courses") && HasMetric(r, "http.server.request.duration"));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(received, r => HasTrace([r], "/courses"));
        var traces = received.First(r => HasTrace([r], "/courses"));
        Assert.Contains("trainingsite-otlp-test", Encoding.UTF8.GetString(traces.Body), StringComparison.Ordinal);
        Assert.Contains(received, r => HasMetric([r], "http.server.request.duration"));
    }

    /// <summary>
    /// The test server hands the response to the client before the host ends the request's activity and records its
    /// duration, so a single flush right after the response can miss both. Flushing again until the collector has
    /// them (or 15 s pass) waits for that end without guessing a delay.
    /// </summary>
    private static async Task<IReadOnlyList<(string Path, byte[] Body)>> FlushUntilAsync(
        TracerProvider tracer, MeterProvider meter, FakeCollector collector,
        Func<IReadOnlyList<(string Path, byte[] Body)>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            Assert.True(tracer.ForceFlush(10_000) && meter.ForceFlush(10_000), "the exporters did not flush");
            var received = collector.Received;
            if (done(received) || DateTime.UtcNow > deadline)
            {
                return received;
            }

            await Task.Delay(100);
        }
    }

    private static bool HasTrace(IReadOnlyList<(string Path, byte[] Body)> received, string route) =>
        received.Any(r => r.Path == "/v1/traces" && Encoding.UTF8.GetString(r.Body).Contains(route, StringComparison.Ordinal));

    private static bool HasMetric(IReadOnlyList<(string Path, byte[] Body)> received, string name) =>
        received.Any(r => r.Path == "/v1/metrics" && Encoding.UTF8.GetString(r.Body).Contains(name, StringComparison.Ordinal));

    [Fact]
    public async Task NothingIsExported_WhenTheEndpointIsNotSet()
    {
        // The signal-specific variables alone would lead any registered OTLP exporter to this receiver.
        using var collector = new FakeCollector();
        using var quiet = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", collector.Endpoint + "/v1/traces");
            builder.UseSetting("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", collector.Endpoint + "/v1/metrics");
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        });
        using var client = quiet.CreateClient();

        using var response = await client.GetAsync("/courses");
        await Task.Delay(500);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Null(quiet.Services.GetService<TracerProvider>());
        Assert.Null(quiet.Services.GetService<MeterProvider>());
        Assert.Empty(collector.Received);
    }
}
