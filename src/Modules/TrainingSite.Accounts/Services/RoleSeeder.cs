using Microsoft.AspNetCore.Identity;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Services;

/// <summary>Makes sure the site's four roles exist.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles) : IStartupTask
{
    public int Order => StartupTaskOrder.Seed;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }
    }
}
