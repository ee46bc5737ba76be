using TrainingSite.Core.Privacy;

namespace TrainingSite.Core.Tests.Privacy;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("anna.neuvoja@example.fi", "a***@example.fi")]
    [InlineData("x@espoo.fi", "x***@espoo.fi")]
    [InlineData("\"odd@name\"@example.fi", "\"***@example.fi")]
    [InlineData("not-an-address", "***")]
    [InlineData("@example.fi", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Email_ShouldKeepOnlyTheFirstLetterAndTheDomain(string? address, string expected)
    {
        var masked = PersonalDataMask.Email(address);

        Assert.Equal(expected, masked);
    }
}
