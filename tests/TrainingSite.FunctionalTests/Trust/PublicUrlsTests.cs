using Microsoft.Extensions.Configuration;
using TrainingSite.Infrastructure;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>Which setting gives the public address, and what a wrong one says (no site needed).</summary>
public sealed class PublicUrlsTests
{
    [Theory]
    [InlineData(null, null, null, "http://localhost:5000", false)]
    [InlineData(null, null, "http://*:8080;https://*:8443", "http://localhost:8080", false)]
    [InlineData(null, "https://legacy.example.fi/", null, "https://legacy.example.fi", true)]
    [InlineData("https://koulutus.example.fi/polku/", "https://legacy.example.fi", null, "https://koulutus.example.fi/polku", true)]
    public void BaseUrl_ShouldComeFromTheFirstSettingGiven(string? site, string? certificates, string? urls, string expected, bool configured)
    {
        var urlsFor = new PublicUrls(Configuration(site, certificates, urls));

        Assert.Equal(expected, urlsFor.BaseUrl);
        Assert.Equal(configured, urlsFor.IsConfigured);
        Assert.Equal(expected + "/account/reset-password?x=1", urlsFor.Absolute("/account/reset-password?x=1"));
    }

    [Theory]
    [InlineData("koulutus.example.fi")]
    [InlineData("ftp://koulutus.example.fi")]
    [InlineData("https://koulutus.example.fi/?q=1")]
    public void BaseUrl_ShouldStopTheSiteNamingTheSetting_WhenNotAnHttpAddress(string value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new PublicUrls(Configuration(value, null, null)));

        Assert.Contains("Site:PublicBaseUrl", exception.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string? site, string? certificates, string? urls) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Site:PublicBaseUrl"] = site,
            ["Certificates:PublicBaseUrl"] = certificates,
            ["Urls"] = urls,
        }).Build();
}
