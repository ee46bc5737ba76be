using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.PersonalData;

/// <summary>The site must keep an administrator who can sign in: the last active one can be neither deactivated nor deleted.</summary>
public sealed class AdministratorGuard(TrainingDbContext db)
{
    public async Task<bool> IsLastActiveAdministratorAsync(TrainingUser user, CancellationToken cancellationToken)
    {
        var administrators = from userRole in db.UserRoles
                             join role in db.Roles on userRole.RoleId equals role.Id
                             join person in db.Users on userRole.UserId equals person.Id
                             where role.Name == Roles.Administrator && person.DeactivatedAt == null
                             select person.Id;
        var active = await administrators.ToListAsync(cancellationToken);
        return active.Contains(user.Id) && active.Count == 1;
    }
}
