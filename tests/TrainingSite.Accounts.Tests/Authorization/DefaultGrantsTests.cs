using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Authorization;

namespace TrainingSite.Accounts.Tests.Authorization;

public sealed class DefaultGrantsTests
{
    private static readonly Permission Edit = new("Test.Edit", "x");
    private static readonly Permission Read = new("Test.Read", "x");

    [Fact]
    public void Plan_ShouldGrantEveryDefault_OnADatabaseThatHasSeededNothing()
    {
        var plan = DefaultGrants.For([new Provider()], new HashSet<string>());

        Assert.Equal(["Test.Edit", "Test.Read"], plan.NewPermissions);
        Assert.Equal([(Roles.Administrator, "Test.Edit"), (Roles.Administrator, "Test.Read"), (Roles.Learner, "Test.Read")], plan.Grants);
    }

    [Fact]
    public void Plan_ShouldLeaveSeededPermissionsAlone_AndGrantOnlyTheNewOnes()
    {
        var plan = DefaultGrants.For([new Provider()], new HashSet<string> { "Test.Read" });

        Assert.Equal(["Test.Edit"], plan.NewPermissions);
        Assert.Equal([(Roles.Administrator, "Test.Edit")], plan.Grants);
    }

    [Fact]
    public void Plan_ShouldBeEmpty_WhenEverythingIsSeeded()
    {
        var plan = DefaultGrants.For([new Provider()], new HashSet<string> { "Test.Read", "Test.Edit" });

        Assert.Empty(plan.NewPermissions);
        Assert.Empty(plan.Grants);
    }

    private sealed class Provider : IPermissionProvider
    {
        public Type Strings => typeof(AccountsStrings);

        public IEnumerable<Permission> GetPermissions() => [Edit, Read];

        public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
        [
            new(Roles.Administrator, [Edit, Read]),
            new(Roles.Learner, [Read]),
        ];
    }
}
