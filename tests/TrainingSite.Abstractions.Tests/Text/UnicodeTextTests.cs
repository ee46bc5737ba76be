using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Text;

namespace TrainingSite.Abstractions.Tests.Text;

public sealed class UnicodeTextTests
{
    [Theory]
    [InlineData("Päivä\uFFFEhoito", "Päivähoito")]
    [InlineData("Päivä\uFFFFhoito", "Päivähoito")]
    [InlineData("Päivä\uFDD0hoito", "Päivähoito")]
    [InlineData("Päivä\uD800hoito", "Päivähoito")]
    [InlineData("Päivähoito\uDC00", "Päivähoito")]
    [InlineData("Päivä\U0010FFFEhoito", "Päivähoito")]
    public void Clean_ShouldDrop_NoncharactersAndUnpairedSurrogates(string text, string expected)
    {
        var valid = UnicodeText.IsValid(text);
        var clean = UnicodeText.Clean(text);

        Assert.False(valid);
        Assert.Equal(expected, clean);
    }

    [Theory]
    [InlineData("Päivähoito Espoossa 😀 Åbo")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_ShouldAccept_OrdinaryTextAndEmoji(string? text) => Assert.True(UnicodeText.IsValid(text));

    [Theory]
    [InlineData("Päivähoito\uFFFE Espoossa")]
    [InlineData("Päivähoito\uD800 Espoossa")]
    public void IdSlug_ShouldNotThrow_OnInvalidUnicode(string title) => Assert.Equal("paivahoito-espoossa", IdSlug.From(title));
}
