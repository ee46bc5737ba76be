using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TrainingSite.Core.Pdf;

namespace TrainingSite.Certificates.Services;

/// <summary>/health/ready: the DejaVu fonts a certificate PDF embeds are found where <see cref="PdfFonts"/> looks.</summary>
public sealed class CertificateFontsCheck(IOptions<CertificateOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var folder = PdfFonts.Locate(options.Value.FontDirectory);
            return Task.FromResult(HealthCheckResult.Healthy($"fonts found in {folder}", new Dictionary<string, object> { ["folder"] = folder }));
        }
        catch (PdfFontsMissingException exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(exception.Message));
        }
    }
}
