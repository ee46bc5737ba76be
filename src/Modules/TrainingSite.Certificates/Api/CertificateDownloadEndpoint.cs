using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Navigation;
using TrainingSite.Abstractions.Web;
using TrainingSite.Certificates.Services;
using TrainingSite.Core.Pdf;

namespace TrainingSite.Certificates.Api;

/// <summary>
/// <c>GET /certificates/{id}/pdf/{language}</c>: the certificate's PDF in fi, sv or en, for its holder, administrators
/// and its region's coordinators; 404 for everyone else, for a revoked certificate and for another language.
/// Never kept by shared caches.
/// </summary>
public static class CertificateDownloadEndpoint
{
    public static IEndpointRouteBuilder MapCertificateDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/certificates/{id:int}/pdf/{language}", DownloadAsync).RequireAuthorization(Policies.Authenticated);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        int id,
        string language,
        HttpContext http,
        CertificateStore store,
        CertificateAccess access,
        CertificatePdfs pdfs,
        IPublicUrls publicUrls,
        IStringLocalizer<CertificatesStrings> strings,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!SiteCultures.IsSupported(language) || await store.FindAsync(id, cancellationToken) is not { IsRevoked: false } certificate
            || !await access.MayDownloadAsync(http.User, certificate, cancellationToken))
        {
            return Results.NotFound();
        }

        byte[] pdf;
        try
        {
            pdf = pdfs.Render(certificate, language, publicUrls.BaseUrl);
        }
        catch (PdfFontsMissingException exception)
        {
            loggers.CreateLogger(typeof(CertificateDownloadEndpoint)).LogError(exception, "Certificate PDF not made: {Problem}", exception.Message);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        http.Response.Headers.CacheControl = "private, no-store";
        var name = FileName(strings, language, VerificationCode.Format(certificate.Code));
        return Results.File(pdf, "application/pdf", name);
    }

    /// <summary>"todistus-7KQ2-9WXM-4HJD-E3PA-fi.pdf": the word in the certificate's own language.</summary>
    private static string FileName(IStringLocalizer strings, string language, string code)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(language);
        try
        {
            return $"{strings["Certificate.FileName"]}-{code}-{language}.pdf";
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
