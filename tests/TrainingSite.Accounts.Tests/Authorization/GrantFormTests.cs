using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Authorization;

namespace TrainingSite.Accounts.Tests.Authorization;

public sealed class GrantFormTests
{
    private static readonly IReadOnlySet<string> Permissions = new HashSet<string> { "Accounts.ManageRoles", "Courses.EditOwnRegion" };
    private static readonly IReadOnlySet<string> Current = new HashSet<string> { RoleGrants.Locked, "RegionalCoordinator/Courses.EditOwnRegion" };

    [Fact]
    public void Check_ShouldAccept_AKnownChangeOnTheCurrentGrants()
    {
        var problem = GrantForm.Check([RoleGrants.Locked], RoleGrants.Stamp(Current), Current, Roles.All, Permissions);

        Assert.Equal(GrantForm.Problem.None, problem);
    }

    [Theory]
    [InlineData("SuperUser/Courses.EditOwnRegion")]
    [InlineData("RegionalCoordinator/Courses.DeleteEverything")]
    [InlineData("RegionalCoordinator")]
    public void Check_ShouldRefuse_AnUnknownRoleOrPermission(string grant)
    {
        var problem = GrantForm.Check([RoleGrants.Locked, grant], RoleGrants.Stamp(Current), Current, Roles.All, Permissions);

        Assert.Equal(GrantForm.Problem.Unknown, problem);
    }

    [Fact]
    public void Check_ShouldRefuse_APostWithoutItsStamp_OrMadeOnGrantsSinceChanged()
    {
        var missing = GrantForm.Check([RoleGrants.Locked], null, Current, Roles.All, Permissions);
        var stale = GrantForm.Check([RoleGrants.Locked], RoleGrants.Stamp([RoleGrants.Locked]), Current, Roles.All, Permissions);

        Assert.Equal((GrantForm.Problem.Unknown, GrantForm.Problem.Changed), (missing, stale));
    }

    [Fact]
    public void Check_ShouldRefuse_RemovingTheAdministratorsRightToManageRoles()
    {
        var problem = GrantForm.Check(["RegionalCoordinator/Courses.EditOwnRegion"], RoleGrants.Stamp(Current), Current, Roles.All, Permissions);

        Assert.Equal(GrantForm.Problem.LocksOut, problem);
    }
}
