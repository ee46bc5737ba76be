using TrainingSite.ServiceDirectory.Recipes;

namespace TrainingSite.ServiceDirectory.Tests.Recipes;

/// <summary>Public service numbers, web addresses, postal codes and language codes as the recipe accepts them.</summary>
public sealed class ContactFormatsTests
{
    [Theory]
    [InlineData("+358 20 692 202")]
    [InlineData("0295 020 713")]
    [InlineData("09 310 11111")]
    [InlineData("01234")]
    [InlineData("+12345678901234567890")]
    public void IsValidPhone_ShouldAccept_PublicServiceNumbers(string phone) => Assert.True(ContactFormats.IsValidPhone(phone));

    [Theory]
    [InlineData("358 20 692 202")]
    [InlineData("020 abc")]
    [InlineData("+358-20-692-202")]
    [InlineData("0123")]
    [InlineData("+123456789012345678901")]
    [InlineData("0 20 + 692")]
    [InlineData("")]
    public void IsValidPhone_ShouldReject_OtherText(string phone) => Assert.False(ContactFormats.IsValidPhone(phone));

    [Theory]
    [InlineData("https://www.kela.fi/")]
    [InlineData("http://example.fi/palvelut?kieli=sv")]
    public void IsValidWebAddress_ShouldAccept_AbsoluteHttpAddresses(string web) => Assert.True(ContactFormats.IsValidWebAddress(web));

    [Theory]
    [InlineData("www.kela.fi")]
    [InlineData("/palvelut")]
    [InlineData("ftp://example.fi/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://exa mple.fi/")]
    public void IsValidWebAddress_ShouldReject_OtherText(string web) => Assert.False(ContactFormats.IsValidWebAddress(web));

    [Theory]
    [InlineData("02230", true)]
    [InlineData("2230", false)]
    [InlineData("0223O", false)]
    public void IsValidPostalCode_ShouldAcceptFiveDigitsOnly(string code, bool valid) => Assert.Equal(valid, ContactFormats.IsValidPostalCode(code));

    [Theory]
    [InlineData("fi", true)]
    [InlineData("so", true)]
    [InlineData("uk", true)]
    [InlineData("FI", false)]
    [InlineData("xx", false)]
    [InlineData("fin", false)]
    public void LanguageCodes_ShouldKnowIso6391LowerCaseCodes(string code, bool known) => Assert.Equal(known, LanguageCodes.IsKnown(code));

    [Fact]
    public void LanguageCodes_ShouldHoldTheWholeIso6391List() => Assert.Equal(183, LanguageCodes.Count);
}
