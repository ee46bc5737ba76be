using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates.Tests.Services;

public sealed class VerificationCodeTests
{
    [Fact]
    public void New_ShouldBeSixteenCrockfordCharacters_WithoutConfusableLetters()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCode.New()).ToList();

        Assert.All(codes, code => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{16}$", code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void New_ShouldUseEveryCharacterInEveryPosition_SoAllEightyBitsAreRandom()
    {
        var codes = Enumerable.Range(0, 4000).Select(_ => VerificationCode.New()).ToList();

        // 32 symbols per position: with 4,000 codes a missing symbol means a position is not fully random.
        for (var position = 0; position < VerificationCode.Length; position++)
        {
            Assert.Equal(32, codes.Select(c => c[position]).Distinct().Count());
        }
    }

    [Fact]
    public void Format_ShouldGroupInFours()
    {
        Assert.Equal("7KQ2-9WXM-4HJD-E3PA", VerificationCode.Format("7KQ29WXM4HJDE3PA"));
    }

    [Theory]
    [InlineData("7KQ2-9WXM-4HJD-E3PA")]
    [InlineData("7kq2-9wxm-4hjd-e3pa")]
    [InlineData(" 7KQ2 9WXM 4HJD E3PA ")]
    [InlineData("7KQ29WXM4HJDE3PA")]
    [InlineData("7KQ2–9WXM–4HJD–E3PA")]
    [InlineData("7kq2\t9wxm\n4hjd e3pa")]
    public void TryParse_ShouldTolerateCaseSpacesAndDashes(string typed)
    {
        Assert.True(VerificationCode.TryParse(typed, out var canonical));
        Assert.Equal("7KQ29WXM4HJDE3PA", canonical);
    }

    [Theory]
    [InlineData("IL0O-ilo0-1111-0000", "1100110011110000")]
    [InlineData("oooo-iiii-llll-0000", "0000111111110000")]
    public void TryParse_ShouldReadIAndLAsOne_AndOAsZero(string typed, string expected)
    {
        Assert.True(VerificationCode.TryParse(typed, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("7KQ2-9WXM-4HJD-E3P")]
    [InlineData("7KQ2-9WXM-4HJD-E3PAX")]
    [InlineData("7KQ2-9WXM-4HJD-E3PU")]
    [InlineData("7KQ2-9WXM-4HJD-E3P!")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("7KQ2-9WXM-4HJD-E3PÄ")]
    public void TryParse_ShouldRefuse_WhatCannotBeACode(string? typed)
    {
        Assert.False(VerificationCode.TryParse(typed, out var canonical));
        Assert.Null(canonical);
    }

    [Fact]
    public void TryParse_ShouldRoundTrip_EveryNewCode()
    {
        var code = VerificationCode.New();

        Assert.True(VerificationCode.TryParse(VerificationCode.Format(code).ToLowerInvariant(), out var canonical));
        Assert.Equal(code, canonical);
    }

    [Theory]
    [InlineData("ZX6Z", "ZX6Z")]
    [InlineData("zx6z", "ZX6Z")]
    [InlineData("7KQ2-9W", "7KQ29W")]
    [InlineData(" 9wxm–4h ", "9WXM4H")]
    [InlineData("oil", "011")]
    [InlineData("7KQ2-9WXM-4HJD-E3PA", "7KQ29WXM4HJDE3PA")]
    public void TryParsePart_ShouldReadPartOfACode_AsTolerantlyAsAWholeOne(string typed, string expected)
    {
        Assert.True(VerificationCode.TryParsePart(typed, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("ZX")]
    [InlineData("Z-X")]
    [InlineData("ZX6U")]
    [InlineData("ZX%Z")]
    [InlineData("ZX_Z")]
    [InlineData("Anna Ääpinen")]
    [InlineData("7KQ2-9WXM-4HJD-E3PA-7")]
    public void TryParsePart_ShouldRefuse_WhatCannotBePartOfACode(string? typed)
    {
        Assert.False(VerificationCode.TryParsePart(typed, out var canonical));
        Assert.Null(canonical);
    }
}
