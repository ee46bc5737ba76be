using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Tests.Analysis;

public sealed class TextTests
{
    [Theory]
    [InlineData("päivähoito", "paivahoito")]
    [InlineData("hälsovård", "halsovard")]
    [InlineData("Øresund", "Oresund")]
    [InlineData("café", "cafe")]
    [InlineData("plain", "plain")]
    public void Fold_ShouldTypeLettersAsAForeignKeyboardDoes(string word, string folded) => Assert.Equal(folded, TextFolding.Fold(word));

    [Fact]
    public void Tokenize_ShouldKeepOnlyLowerCasedWords_WhateverTheInput()
    {
        var words = WordTokenizer.Words("Kelan \"asumistuki\" (OR) NEAR/2 t_x 😀 مرحبا FPA-kort\u0000\u202e 2025").ToList();

        Assert.Equal(["kelan", "asumistuki", "or", "near", "2", "t", "x", "مرحبا", "fpa", "kort", "2025"], words);
    }

    [Fact]
    public void Tokenize_ShouldCutVeryLongRuns_SoTheIndexStaysSmall()
    {
        var words = WordTokenizer.Words(new string('a', 10_000)).ToList();

        Assert.Equal(WordTokenizer.MaxWordLength, Assert.Single(words).Length);
    }
}
