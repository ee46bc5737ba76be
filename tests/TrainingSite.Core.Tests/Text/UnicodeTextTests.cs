using TrainingSite.Core.Content;
using TrainingSite.Core.Text;

namespace TrainingSite.Core.Tests.Text;

public sealed class UnicodeTextTests
{
    [Theory]
    [InlineData("Päivä\uFFFEhoito", "Päivähoito")]
    [InlineData("Päivä\uFFFFhoito", "Päivähoito")]
    [InlineData("Päivä\uFDD0hoito", "Päivähoito")]
    [InlineData("Päivä\U0010FFFEhoito", "Päivähoito")]
    public void Clean_ShouldDrop_NoncharactersAndUnpairedSurrogates(string text, string expected)
    {
        var valid = UnicodeText.IsValid(text);
        var clean = UnicodeText.Clean(text);

        Assert.False(valid);
        Assert.Equal(expected, clean);
    }

    /// <summary>Lone surrogates are made at run time: an attribute's string cannot hold one (it is stored as UTF-8).</summary>
    [Theory]
    [InlineData(0xD800, 5)]
    [InlineData(0xDBFF, 0)]
    [InlineData(0xDC00, 10)]
    public void Clean_ShouldDrop_UnpairedSurrogates(int surrogate, int at)
    {
        var text = "Päivähoito".Insert(at, ((char)surrogate).ToString());

        var valid = UnicodeText.IsValid(text);
        var clean = UnicodeText.Clean(text);
        var slug = IdSlug.From(text + " Espoossa");

        Assert.False(valid);
        Assert.Equal("Päivähoito", clean);
        Assert.Equal("paivahoito-espoossa", slug);
    }

    [Theory]
    [InlineData("Päivähoito Espoossa 😀 Åbo")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_ShouldAccept_OrdinaryTextAndEmoji(string? text) => Assert.True(UnicodeText.IsValid(text));

    [Theory]
    [InlineData("Päivähoito\uFFFE Espoossa")]
    public void IdSlug_ShouldNotThrow_OnInvalidUnicode(string title) => Assert.Equal("paivahoito-espoossa", IdSlug.From(title));

    [Fact]
    public void IsStorable_ShouldRefuseNul_WhichPostgreSqlCannotKeepInText()
    {
        var valid = UnicodeText.IsValid("Päivä\0hoito");
        var storable = UnicodeText.IsStorable("Päivä\0hoito");

        Assert.True(valid);
        Assert.False(storable);
        Assert.True(UnicodeText.IsStorable("Päivähoito"));
    }
}
