using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.PersonalData;

/// <summary>
/// The account itself: profile, roles, coordinated regions. Its erasure removes the region assignments; the user row
/// is deleted last by <see cref="AccountEraser"/>, after every module has moved or erased what pointed at it.
/// </summary>
public sealed class AccountData(
    TrainingDbContext db,
    UserManager<TrainingUser> users,
    IRegionDirectory regionDirectory,
    IStringLocalizer<AccountsStrings> strings,
    IStringLocalizer<SharedStrings> shared) : IPersonalDataSource
{
    public string Section => "account";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == subject.UserId, cancellationToken);
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var regions = await db.RegionCoordinators.AsNoTracking().Where(a => a.UserId == user.Id).Select(a => a.RegionId).OrderBy(r => r).ToListAsync(cancellationToken);
        var data = new
        {
            user.Id,
            user.Email,
            user.DisplayName,
            user.Organisation,
            user.HomeRegionId,
            user.PreferredLanguage,
            user.CreatedAt,
            user.DeactivatedAt,
            Roles = roles,
            CoordinatedRegions = regions,
        };
        var regionNames = (await regionDirectory.ListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Name.ToString(), StringComparer.Ordinal);
        string RegionName(string id) => regionNames.GetValueOrDefault(id) ?? id;
        List<string> summary =
        [
            $"{shared["Field.DisplayName"]}: {user.DisplayName}",
            $"{shared["Field.Email"]}: {user.Email}",
            $"{shared["Field.Organisation"]}: {user.Organisation ?? "–"}",
            $"{shared["Field.HomeRegion"]}: {(user.HomeRegionId is { } home ? RegionName(home) : "–")}",
            $"{shared["Field.Roles"]}: {(roles.Count == 0 ? "–" : string.Join(", ", roles.Select(r => shared[$"Role.{r}"].Value)))}",
        ];
        if (regions.Count > 0)
        {
            summary.Add($"{shared["Field.CoordinatedRegions"]}: {string.Join(", ", regions.Select(RegionName))}");
        }

        summary.Add(strings["PersonalData.Since", SiteTime.Date(user.CreatedAt)]);
        return new(strings["PersonalData.AccountTitle"], summary, data);
    }

    public Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken) =>
        db.RegionCoordinators.Where(a => a.UserId == erasure.Subject.UserId).ExecuteDeleteAsync(cancellationToken);
}
