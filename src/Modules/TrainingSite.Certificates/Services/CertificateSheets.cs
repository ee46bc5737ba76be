using System.Globalization;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Web;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Pdf;
using TrainingSite.Core.Localization;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// Puts a certificate's record into words in one language (fi, sv or en), whatever language the page is in:
/// the holder picks the certificate's language at download. Every language carries the same code and address.
/// </summary>
public sealed class CertificateSheets(IStringLocalizer<CertificatesStrings> strings, ISiteName siteName)
{
    public CertificateSheet For(Certificate certificate, string language, string verifyUrl)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            var region = certificate.RegionName.Resolve(language).Text;
            return new CertificateSheet
            {
                Language = language,
                SiteName = siteName.For(language),
                Heading = strings["Certificate.Heading"],
                Certifies = strings["Certificate.Certifies"],
                Holder = certificate.HolderName,
                HasCompleted = strings["Certificate.HasCompleted"],
                Programme = strings[$"Programme.{certificate.Programme}"],
                Scope = strings["Certificate.Scope", region],
                CoursesHeading = strings["Certificate.Courses"],
                Courses = [.. certificate.Courses.Select(c => new SheetCourse(
                    c.Title.Resolve(language).Text,
                    c.BestPercent is { } percent ? strings["Certificate.Score", percent].Value : null))],
                DateLabel = strings["Certificate.Date"],
                Date = Date(certificate.CompletedAt, language),
                IssuerLabel = strings["Certificate.Issuer"],
                Issuer = certificate.Issuer.Resolve(language).Text,
                CodeLabel = strings["Certificate.Code"],
                Code = VerificationCode.Format(certificate.Code),
                VerifyLabel = strings["Certificate.Verify"],
                VerifyUrl = verifyUrl,
                DocumentTitle = strings["Certificate.DocumentTitle", certificate.HolderName],
            };
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>The completion date in words for the language ("23. marraskuuta 2026", "23 november 2026", "23 November 2026").</summary>
    public static string Date(DateTimeOffset time, string language) => SiteTime.LongDate(time, language);

    /// <summary>The address printed on the certificate and encoded in its QR code.</summary>
    public static string VerifyUrl(string baseUrl, Certificate certificate) =>
        $"{baseUrl.TrimEnd('/')}/certificates/verify/{VerificationCode.Format(certificate.Code)}";
}
