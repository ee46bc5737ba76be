using System.Net;
using System.Text;
using AngleSharp.Dom;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// The referral slip: in the language chosen for the customer whatever the UI's, what to bring escaped and never kept,
/// a bad field shown again (400), antiforgery required, and the PDF read as an outsider reads it (pdftotext, zbarimg)
/// with the QR code made from the configured public address, not the request's Host.
/// </summary>
public abstract class ReferralSlipTests(PointSite site)
{
    private static readonly string PointUrl = $"/directory/{PointSite.Point}";
    private static readonly string PublicPage = $"{PointSite.PublicBaseUrl}/directory/{PointSite.Point}";

    [Fact]
    public async Task Html_ShouldBeInTheCustomersLanguage_WhileTheUiIsFinnish()
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.SubmitFormAsync(PointUrl, Fields("sv", "Pass och uppehållstillstånd"), ".slip-form form", "format", "html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var slip = page.QuerySelector("section.slip")!;
        Assert.Equal("sv", slip.GetAttribute("lang"));
        var text = Normalize(slip.TextContent);
        Assert.Contains("Hänvisning till service", text, StringComparison.Ordinal);
        Assert.Contains("FPA:s serviceställe Testby", text, StringComparison.Ordinal);
        Assert.Contains("Biskopsbron 11", text, StringComparison.Ordinal);
        Assert.Contains("02230 Esbo", text, StringComparison.Ordinal);
        Assert.Contains("+358 20 692 202", text, StringComparison.Ordinal);
        Assert.Contains("https://www.kela.fi/", text, StringComparison.Ordinal);
        Assert.Contains("Öppettider den kommande veckan", text, StringComparison.Ordinal);
        Assert.Equal(["På plats", "Telefon"], slip.QuerySelectorAll("thead th").Select(c => c.TextContent.Trim()));
        Assert.Equal("ons 23.12. (i dag) | 9.00–16.00 | 8.00–18.00 |", Row(slip.QuerySelector("tr[aria-current=date]")!));
        Assert.Contains("tor 24.12. | stängt | stängt | Julafton", slip.QuerySelectorAll("tr").Select(Row));
        Assert.Contains("mån 28.12. | 9.00–13.00 | 8.00–18.00 | Förkortad dag", slip.QuerySelectorAll("tr").Select(Row));
        Assert.Contains("Ta med dig Pass och uppehållstillstånd", text, StringComparison.Ordinal);
        Assert.Contains("Remissen gjord 23.12.2026 · Uppgifterna kontrollerade 6.12.2026", text, StringComparison.Ordinal);
        Assert.Contains(PublicPage, text, StringComparison.Ordinal);
        Assert.NotNull(slip.QuerySelector("svg.qr-code path"));
        Assert.Equal("Tulosta", page.QuerySelector("#slip-print")!.TextContent.Trim());
        Assert.True(page.QuerySelector("#slip-print")!.HasAttribute("hidden"), "the print button shows only with JavaScript");
    }

    [Fact]
    public async Task Html_ShouldEscapeWhatToBring_AndNeitherLogNorKeepIt()
    {
        using var client = site.CreateSiteClient();
        var bring = "<script>alert('slip')</script> & " + Guid.NewGuid().ToString("N");

        var (response, page) = await client.SubmitFormAsync(PointUrl, Fields("en", bring), ".slip-form form", "format", "html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bring, page.QuerySelector(".slip-bring")!.TextContent.Trim());
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain(bring[^32..], site.Logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bring[^32..], response.RequestMessage!.RequestUri!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slip_ShouldShowTheFormAgainWithAMessage_WhenWhatToBringIsTooLong()
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.SubmitFormAsync(PointUrl, Fields("sv", new string('x', 501)), ".slip-form form", "format", "pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(page.QuerySelector("section.slip"));
        Assert.Contains("Kohdassa \"Mitä ottaa mukaan\" voi olla enintään 500 merkkiä.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#bring", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("textarea#bring")!.GetAttribute("aria-invalid"));
        Assert.Equal(501, page.QuerySelector("textarea#bring")!.TextContent.Length);
        Assert.NotNull(page.QuerySelector("select#language option[value=sv][selected]"));
    }

    [Fact]
    public async Task Slip_ShouldCountALineBreakAsOneCharacter_AsTheTextareaDoes()
    {
        using var client = site.CreateSiteClient();

        var (response, _) = await client.SubmitFormAsync(PointUrl, Fields("fi", new string('x', 249) + "\r\n" + new string('y', 250)), ".slip-form form", "format", "html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("de", "html")]
    [InlineData("fi", "docx")]
    public async Task Slip_ShouldAnswer400_ForAnUnknownLanguageOrFormat(string language, string format)
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.SubmitFormAsync(PointUrl, Fields(language, string.Empty), ".slip-form form", "format", format);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task Slip_ShouldRequireTheAntiforgeryToken()
    {
        using var client = site.CreateSiteClient();

        var (response, _) = await client.PostAsync($"{PointUrl}/slip", [new("language", "sv"), new("bring", "x"), new("format", "html")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Slip_ShouldBeNotFound_ForAnUnpublishedPoint()
    {
        using var client = site.CreateSiteClient();
        var token = await client.AntiforgeryTokenAsync(PointUrl);

        var (response, _) = await client.PostAsync($"/directory/{PointSite.Draft}/slip", [new("__RequestVerificationToken", token), new("language", "sv"), new("format", "html")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pdf_ShouldCarryTheSwedishTexts_AndAQrCodeToThePublicPage_WhateverTheHostHeaderSays()
    {
        using var client = site.CreateSiteClient();
        var token = await client.AntiforgeryTokenAsync(PointUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{PointUrl}/slip")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("language", "sv"), new("bring", "Pass och FPA-kort"), new("format", "pdf")]),
        };
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        using var response = await client.Http.SendAsync(request);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var rawText = await PdfTools.TextAsync(pdf);
        var text = Normalize(rawText);
        var qr = await PdfTools.QrCodeAsync(pdf);
        await KeepForAPersonAsync(pdf, $"slip-sv-{site.Provider}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"remiss-{PointSite.Point}-sv.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("%PDF-", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains("/Lang(sv)", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Equal(PublicPage, qr);
        Assert.DoesNotContain("evil.example", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains("FPA:s serviceställe Testby", text, StringComparison.Ordinal);
        Assert.Contains("Hänvisning till service", text, StringComparison.Ordinal);
        Assert.Contains("Öppettider den kommande veckan", text, StringComparison.Ordinal);
        Assert.Contains("På plats", text, StringComparison.Ordinal);
        Assert.Contains("ons 23.12. (i dag) 9.00–16.00", text, StringComparison.Ordinal);
        Assert.Contains("tor 24.12. stängt", text, StringComparison.Ordinal);
        Assert.Contains("mån 28.12. 9.00–13.00", text, StringComparison.Ordinal);
        Assert.Contains("8.00–18.00 stängt 8.00–18.00", text, StringComparison.Ordinal); // the phone's column
        Assert.Contains("Julafton", text, StringComparison.Ordinal);
        Assert.Contains("Förkortad dag", text, StringComparison.Ordinal);
        Assert.Contains("Biskopsbron 11, 02230 Esbo", text, StringComparison.Ordinal);
        Assert.Contains("Ta med dig", text, StringComparison.Ordinal);
        Assert.Contains("Pass och FPA-kort", text, StringComparison.Ordinal);
        Assert.Contains("Remissen gjord 23.12.2026 · Uppgifterna kontrollerade 6.12.2026", text, StringComparison.Ordinal);
        Assert.Contains(PublicPage, text, StringComparison.Ordinal);
        Assert.Equal(1, rawText.Count(c => c == '\f')); // pdftotext ends each page with a form feed
    }

    [Fact]
    public async Task Pdf_ShouldStayOnOnePage_WhenWhatToBringIsManyShortLines()
    {
        using var client = site.CreateSiteClient();
        var bring = string.Join("\r\n", Enumerable.Range(1, 166).Select(i => "x" + (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var (response, _) = await client.SubmitFormAsync(PointUrl, Fields("fi", bring), ".slip-form form", "format", "pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfTools.TextAsync(pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, text.Count(c => c == '\f'));
        Assert.Contains("x1", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.Contains("Lähete tehty 23.12.2026", text, StringComparison.Ordinal);
    }

    /// <summary>With TRAININGSITE_SCREENSHOTS set to a folder (as for the browser tests), the slip is kept there to look at.</summary>
    private static async Task KeepForAPersonAsync(byte[] pdf, string name)
    {
        var folder = Environment.GetEnvironmentVariable("TRAININGSITE_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name), pdf);
        }
    }

    private static Dictionary<string, string> Fields(string language, string bring) => new() { ["language"] = language, ["bring"] = bring };

    private static string Row(IElement row) => string.Join(" | ", row.Children.Select(cell => Normalize(cell.TextContent))).Trim();

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

public sealed class ReferralSlipTestsOnSqlite(SqlitePointSite site) : ReferralSlipTests(site), IClassFixture<SqlitePointSite>;

public sealed class ReferralSlipTestsOnPostgres(PostgresPointSite site) : ReferralSlipTests(site), IClassFixture<PostgresPointSite>;
