using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;

namespace TrainingSite.Core.Tests.Authoring;

/// <summary>
/// The operation the regional page filter authorizes for each handler of an authoring page. Razor Pages matches handler
/// names ignoring case, so "?handler=delete" must be authorized as the delete it runs, not as an edit.
/// </summary>
public sealed class AuthoringOperationTests
{
    [Theory]
    [InlineData("GET", null, "View")]
    [InlineData("HEAD", null, "View")]
    [InlineData("POST", null, "Edit")]
    [InlineData("POST", "Save", "Edit")]
    [InlineData("POST", "Restore", "Edit")]
    [InlineData("POST", "MoveLesson", "Edit")]
    [InlineData("POST", "DeleteQuestion", "Edit")]
    [InlineData("POST", "Publish", "Publish")]
    [InlineData("POST", "publish", "Publish")]
    [InlineData("POST", "Delete", "Delete")]
    [InlineData("POST", "DELETE", "Delete")]
    [InlineData("POST", "Archive", "Delete")]
    [InlineData("POST", "purge", "Delete")]
    [InlineData("POST", "Unarchive", "Publish")]
    public void OperationFor_ShouldNameWhatTheHandlerDoes(string method, string? handler, string expected)
    {
        var page = new SomeAuthoringPage();

        var operation = page.OperationFor(method, handler);

        Assert.Equal(expected, operation.Name);
    }

    private sealed class SomeAuthoringPage : AuthoringPageModel
    {
        public override Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken) => Task.FromResult<RegionalResource?>(null);
    }
}
