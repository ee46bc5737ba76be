using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>Creates administrators: the first-run setup page and <c>-- admin create</c> share this.</summary>
public sealed class AdministratorSetup(UserManager<TrainingUser> users, TrainingDbContext db, SetupState state, IAuditTrail audit)
{
    public async Task<bool> HasAdministratorAsync(CancellationToken cancellationToken = default)
    {
        if (state.HasAdministrator)
        {
            return true;
        }

        var exists = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Administrator
            select userRole).AnyAsync(cancellationToken);
        if (exists)
        {
            state.HasAdministrator = true;
        }

        return exists;
    }

    /// <summary>First-run setup at /setup, as the audit trail names it (nobody is signed in yet).</summary>
    public const string SetupActor = "first-run setup";

    /// <summary><c>-- admin create</c>, as the audit trail names it.</summary>
    public const string CommandLineActor = "command line";

    /// <summary>Creates an administrator, who is also a learner and a network member, in one transaction with its audit event.</summary>
    /// <param name="via">Who creates it, for the audit trail: <see cref="SetupActor"/> or <see cref="CommandLineActor"/>.</param>
    public async Task<IdentityResult> CreateAsync(string email, string password, string displayName, string? language, string via, CancellationToken cancellationToken = default)
    {
        var user = new TrainingUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            PreferredLanguage = SiteCultures.IsSupported(language) ? language : null,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, [Roles.Administrator, Roles.Learner, Roles.NetworkMember]);
        }

        if (!result.Succeeded)
        {
            return result;
        }

        audit.Record(UserAudit.Record(AuditKinds.UserCreated, user, UserAudit.Listed("roles", [Roles.Administrator, Roles.Learner, Roles.NetworkMember])) with
        {
            Actor = new AuditActor(null, via),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        state.HasAdministrator = true;
        return result;
    }
}
