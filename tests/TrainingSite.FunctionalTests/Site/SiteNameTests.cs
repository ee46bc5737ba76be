using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Accounts;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>Without settings the site is named after the national package in each language, never "TrainingSite".</summary>
public abstract class DefaultSiteNameTests(SiteFactory site)
{
    [Theory]
    [InlineData("fi", "Vieraskielisten asiakkaiden ohjauksen ja neuvonnan koulutus")]
    [InlineData("sv", "Utbildning i vägledning och rådgivning för kunder med främmande språk")]
    [InlineData("en", "Training in guidance and advice for foreign-language customers")]
    public async Task HeaderAndTitle_ShouldNameThePackage_ByDefault(string language, string name)
    {
        using var visitor = site.CreateSiteClient();

        var (_, page) = await visitor.GetPageAsync("/courses", language);

        Assert.StartsWith(name, page.QuerySelector(".site-name")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("– " + name, page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("TrainingSite", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class DefaultSiteNameTestsOnSqlite(SqliteSiteFactory site) : DefaultSiteNameTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class DefaultSiteNameTestsOnPostgres(PostgresSiteFactory site) : DefaultSiteNameTests(site), IClassFixture<PostgresSiteFactory>;

/// <summary><c>Site:Name:{language}</c> wins, then <c>Site:Name</c>; the header, the title, the certificate's issuer and its PDF follow.</summary>
public abstract class ConfiguredSiteNameTests(NamedCertificateSite site)
{
    [Theory]
    [InlineData("fi", NamedCertificateSite.FinnishName)]
    [InlineData("sv", NamedCertificateSite.OtherName)]
    [InlineData("en", NamedCertificateSite.OtherName)]
    public async Task HeaderAndTitle_ShouldUseTheSetting_ForTheLanguage(string language, string name)
    {
        using var visitor = site.CreateSiteClient();

        var (_, page) = await visitor.GetPageAsync("/courses", language);

        Assert.StartsWith(name, page.QuerySelector(".site-name")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("– " + name, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_ShouldBeIssuedByTheConfiguredName_InEachLanguage_AndPrintIt()
    {
        var (client, certificate, _) = await CertificateSteps.HolderAsync(site);
        using var holder = client;

        var finnishPdf = await PdfTools.TextAsync(await holder.Http.GetByteArrayAsync($"/certificates/{certificate.Id}/pdf/fi"));
        var englishPdf = await PdfTools.TextAsync(await holder.Http.GetByteArrayAsync($"/certificates/{certificate.Id}/pdf/en"));

        Assert.Equal(NamedCertificateSite.FinnishName, certificate.Issuer["fi"]);
        Assert.Equal(NamedCertificateSite.OtherName, certificate.Issuer["sv"]);
        Assert.Equal(NamedCertificateSite.OtherName, certificate.Issuer["en"]);
        Assert.Contains(NamedCertificateSite.FinnishName.ToUpperInvariant(), finnishPdf, StringComparison.Ordinal);
        Assert.Contains(NamedCertificateSite.FinnishName, finnishPdf, StringComparison.Ordinal);
        Assert.Contains(NamedCertificateSite.OtherName.ToUpperInvariant(), englishPdf, StringComparison.Ordinal);
        Assert.DoesNotContain("TrainingSite", finnishPdf + englishPdf, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fi", NamedCertificateSite.FinnishName)]
    [InlineData("sv", NamedCertificateSite.OtherName)]
    public async Task Mail_ShouldComeFromTheConfiguredAddress_UnderTheSiteNameInTheRecipientsLanguage(string language, string name)
    {
        var email = $"from-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], language: language);
        using var visitor = site.CreateSiteClient();

        await visitor.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var from = await MailHeaders.FromOfMailToAsync(site, email);

        Assert.Equal((name, "no-reply@trainingsite.local"), MailHeaders.NameAndAddress(from));
    }

    [Fact]
    public async Task CertificateMail_ShouldComeFromTheSiteName()
    {
        var (client, _, email) = await CertificateSteps.HolderAsync(site);
        using var holder = client;

        var from = await MailHeaders.FromOfMailToAsync(site, email);

        Assert.Equal((NamedCertificateSite.FinnishName, "no-reply@trainingsite.local"), MailHeaders.NameAndAddress(from));
    }
}

public sealed class ConfiguredSiteNameTestsOnSqlite(SqliteNamedCertificateSite site) : ConfiguredSiteNameTests(site), IClassFixture<SqliteNamedCertificateSite>;

public sealed class ConfiguredSiteNameTestsOnPostgres(PostgresNamedCertificateSite site) : ConfiguredSiteNameTests(site), IClassFixture<PostgresNamedCertificateSite>;

/// <summary>A certificate site whose name is set: in Finnish by <c>Site:Name:fi</c>, in the other languages by <c>Site:Name</c>.</summary>
public abstract class NamedCertificateSite : CertificateSite
{
    public const string FinnishName = "Ohjaajien koulutus";

    public const string OtherName = "Counsellor training";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Site:Name:fi"] = FinnishName,
        ["Site:Name"] = OtherName,
    };
}

public sealed class SqliteNamedCertificateSite : NamedCertificateSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresNamedCertificateSite : NamedCertificateSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
