using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.PersonalData;

/// <summary>
/// Deletes an account (GDPR article 17), in one transaction: a fresh anonymous stand-in is created, every module's
/// <see cref="IPersonalDataSource"/> erases its data or moves what is kept for statistics to the stand-in, and the
/// user row goes (with its roles, logins and tokens), so the e-mail address can register again. The deletion's audit
/// event is saved in the same transaction and names the account by its id only, never by name or address.
/// </summary>
public sealed class AccountEraser(
    TrainingDbContext db, IEnumerable<IPersonalDataSource> sources, AdministratorGuard guard, IAuditTrail audit, ILogger<AccountEraser> logger)
{
    /// <summary>False (and nothing changed) when the account is the last active administrator.</summary>
    /// <param name="byThemself">The person deletes their own account: the event's actor is then no name either.</param>
    public async Task<bool> EraseAsync(TrainingUser user, bool byThemself, CancellationToken cancellationToken)
    {
        var subject = new PersonalDataSubject(user.Id, user.DisplayName, user.Email);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await guard.IsLastActiveAdministratorAsync(user, cancellationToken))
        {
            return false;
        }

        audit.Record(new AuditRecord(AuditKinds.UserDeleted, AuditItemTypes.User, user.Id, null, user.HomeRegionId, byThemself ? "deleted by the user" : "deleted by an administrator")
        {
            Actor = byThemself ? new AuditActor(null, ContentVersion.DeletedUser) : null,
        });
        var standIn = AnonymousStandIn();
        db.Users.Add(standIn);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var source in sources)
        {
            await source.EraseAsync(new PersonalDataErasure(subject, standIn.Id), cancellationToken);
        }

        await db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.Entry(user).State = EntityState.Detached;

        // Neither id is logged: the stand-in's must never be linkable to the person.
        logger.LogInformation("An account was deleted; its statistics are kept without identity");
        return true;
    }

    private static TrainingUser AnonymousStandIn()
    {
        var now = DateTimeOffset.UtcNow;
        var id = Guid.NewGuid().ToString();
        var name = "erased-" + id;
        return new TrainingUser
        {
            Id = id,
            UserName = name,
            NormalizedUserName = name.ToUpperInvariant(),
            DisplayName = string.Empty,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAt = now,
            DeactivatedAt = now,
            ErasedAt = now,
        };
    }
}
