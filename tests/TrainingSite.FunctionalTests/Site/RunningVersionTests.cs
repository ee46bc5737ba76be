using TrainingSite.Infrastructure.Observability;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>The informational version splits into the version and the commit only when a commit follows the '+'.</summary>
public sealed class RunningVersionTests
{
    [Fact]
    public void Parse_ShouldSplitTheCommit_WhenTheSdkAppendedOne()
    {
        var version = RunningVersion.Parse("1.0.0+0123456789abcdef0123456789abcdef01234567");

        Assert.Equal("1.0.0", version.Number);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", version.Commit);
        Assert.Equal("0123456789ab", version.ShortCommit);
        Assert.Equal("1.0.0+0123456789abcdef0123456789abcdef01234567", version.Informational);
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("2.1.0-beta+build.5")]
    public void Parse_ShouldKeepTheWholeVersion_WhenNoCommitFollows(string informational)
    {
        var version = RunningVersion.Parse(informational);

        Assert.Equal(informational, version.Number);
        Assert.Null(version.Commit);
        Assert.Null(version.ShortCommit);
    }
}
