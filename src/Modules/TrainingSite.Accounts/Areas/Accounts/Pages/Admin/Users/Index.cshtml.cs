using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Data;

namespace TrainingSite.Accounts.Areas.Accounts.Pages.Admin.Users;

[Authorize(Policy = AccountsPermissions.ManageUsersPolicy)]
public sealed class IndexModel(TrainingDbContext db, IRegionDirectory regions) : PageModel
{
    public const int PageSize = 25;

    public string? Query { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public bool Deleted { get; private set; }

    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int pageNumber = 1, bool deleted = false, CancellationToken cancellationToken = default)
    {
        Deleted = deleted;
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        // Anonymous stand-ins of deleted accounts belong to nobody and are not listed.
        var users = db.Users.AsNoTracking().Where(u => u.ErasedAt == null);
        if (Query is not null)
        {
            // A parameterised LIKE; the user's % and _ are escaped so they match themselves.
            var pattern = "%" + Query.ToUpperInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
#pragma warning disable CA1304, CA1311 // ToUpper here becomes SQL's UPPER(); it never runs in .NET.
            users = users.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern, "\\") || EF.Functions.Like(u.DisplayName.ToUpper(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }

        Total = await users.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(pageNumber, 1, PageCount);
        var pageUsers = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.HomeRegionId, u.LockoutEnd, u.DeactivatedAt })
            .ToListAsync(cancellationToken);
        var ids = pageUsers.Select(u => u.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where ids.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        // The region's name in the UI language; an id no longer in the directory is shown as it is stored.
        var regionNames = (await regions.ListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Name.ToString(), StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        Rows = [.. pageUsers.Select(u => new UserRow(
            u.Id,
            u.DisplayName,
            u.Email ?? string.Empty,
            u.HomeRegionId is { } home ? regionNames.GetValueOrDefault(home, home) : null,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)],
            u.LockoutEnd > now,
            u.DeactivatedAt is not null))];
    }

    public sealed record UserRow(string Id, string DisplayName, string Email, string? HomeRegionName, IReadOnlyList<string> Roles, bool LockedOut, bool Deactivated);
}
