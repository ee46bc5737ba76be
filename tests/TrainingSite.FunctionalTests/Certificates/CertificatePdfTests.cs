using System.Text;
using TrainingSite.Certificates.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>The PDF as an outsider reads it: its text (pdftotext), its QR code (zbarimg) and its metadata, in every language.</summary>
public abstract class CertificatePdfTests(CertificateSite site)
{
    public static TheoryData<string, string, string> Languages => new()
    {
        { "fi", "Koulutustodistus", "Tarkistuskoodi" },
        { "sv", "Utbildningsintyg", "Verifieringskod" },
        { "en", "Certificate of Completion", "Verification code" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Pdf_ShouldCarryTheHolderAndCode_AsText_AndTheVerificationAddress_InItsQrCode(string language, string heading, string codeLabel)
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        using var holder = client;
        var code = VerificationCode.Format(certificate.Code);
        var url = $"{CertificateSite.PublicBaseUrl}/certificates/verify/{code}";

        var pdf = await holder.Http.GetByteArrayAsync($"/certificates/{certificate.Id}/pdf/{language}");
        var text = await PdfTools.TextAsync(pdf);
        var qr = await PdfTools.QrCodeAsync(pdf);
        var raw = Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", raw, StringComparison.Ordinal);
        Assert.Contains(certificate.HolderName, text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(codeLabel, text, StringComparison.Ordinal);
        Assert.Contains(url, text, StringComparison.Ordinal);
        Assert.Equal(url, qr);
        Assert.Contains($"/URI({url})", raw, StringComparison.Ordinal);
        Assert.Contains($"/Lang({language})", raw, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
        Assert.True(pdf.Length <= 100 * 1024, $"{pdf.Length} bytes");
    }

    [Fact]
    public async Task Pdf_ShouldBeTheSameCertificate_InEveryLanguage()
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        using var holder = client;

        var texts = new List<string>();
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            texts.Add(await PdfTools.TextAsync(await holder.Http.GetByteArrayAsync($"/certificates/{certificate.Id}/pdf/{language}")));
        }

        Assert.All(texts, text => Assert.Contains(VerificationCode.Format(certificate.Code), text, StringComparison.Ordinal));
        Assert.Contains("Espoo", texts[0], StringComparison.Ordinal);
        Assert.Contains("Esbo", texts[1], StringComparison.Ordinal);
        Assert.Contains("Kurssi " + site.National, texts[0], StringComparison.Ordinal);
        Assert.Contains("Course " + site.National, texts[2], StringComparison.Ordinal);
        Assert.Matches(@"\d{1,2}\. \p{L}+ \d{4}", texts[0]);
    }
}

public sealed class CertificatePdfTestsOnSqlite(SqliteCertificateSite site) : CertificatePdfTests(site), IClassFixture<SqliteCertificateSite>;

public sealed class CertificatePdfTestsOnPostgres(PostgresCertificateSite site) : CertificatePdfTests(site), IClassFixture<PostgresCertificateSite>;
