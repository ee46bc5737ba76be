using TrainingSite.Core.Content;

namespace TrainingSite.Core.Tests.Content;

public sealed class IdSlugTests
{
    [Theory]
    [InlineData("Päivähoito Espoossa", "paivahoito-espoossa")]
    [InlineData("  Åbo / Turku: 2026!  ", "abo-turku-2026")]
    [InlineData("!!!", "item")]
    public void From_ShouldMakeARecipeId(string title, string expected) => Assert.Equal(expected, IdSlug.From(title));

    [Fact]
    public void Unique_ShouldNumberATakenId()
    {
        var taken = new HashSet<string> { "asuminen", "asuminen-2" };

        Assert.Equal("asuminen-3", IdSlug.Unique("Asuminen", taken));
    }
}
