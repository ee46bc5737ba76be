using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Accounts.Models;
using TrainingSite.Accounts.PersonalData;
using TrainingSite.Accounts.Services;
using TrainingSite.Core.Ui;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.Data.Regions;

namespace TrainingSite.Accounts.Areas.Accounts.Pages.Admin.Users;

/// <summary>
/// An administrator assigns a user's roles, coordinated regions and home region, and deactivates or reactivates the
/// account. Each change saves its audit event in the change's own transaction.
/// </summary>
[Authorize(Policy = AccountsPermissions.ManageUsersPolicy)]
public sealed class EditModel(
    TrainingDbContext db,
    UserManager<TrainingUser> users,
    SignInManager<TrainingUser> signIn,
    SignInThrottle throttle,
    IRegionDirectory regionDirectory,
    IStringLocalizer<SharedStrings> strings,
    IStringLocalizer<AccountsStrings> accountStrings,
    AdministratorGuard guard,
    IAuditTrail audit) : PageModel
{
    public TrainingUser? Person { get; private set; }

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public List<string> SelectedRegions { get; set; } = [];

    [BindProperty]
    public string? HomeRegionId { get; set; }

    public IReadOnlyList<RegionInfo> Regions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RegionOptions { get; private set; } = [];

    public bool Saved { get; private set; }

    public bool SignedOut { get; private set; }

    /// <summary>Clients the sign-in throttle refuses on this account now, or an administrator's lock (LockoutEnd).</summary>
    public bool LockedOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, bool saved, bool signedOut, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Saved = saved;
        SignedOut = signedOut;
        LockedOut = Person!.LockoutEnd > DateTimeOffset.UtcNow || await throttle.RefusedClientsAsync(Person.Email ?? string.Empty, cancellationToken) > 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        Person = await FindPersonAsync(id);
        if (Person is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken);
        Validate();
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await users.GetRolesAsync(Person);
        if (!current.ToHashSet(StringComparer.Ordinal).SetEquals(SelectedRoles))
        {
            audit.Record(UserAudit.Record(AuditKinds.UserRolesChanged, Person, RoleChange(current)));
        }

        await users.RemoveFromRolesAsync(Person, current.Except(SelectedRoles));
        await users.AddToRolesAsync(Person, SelectedRoles.Except(current));
        var formerHome = Person.HomeRegionId;
        Person.HomeRegionId = string.IsNullOrEmpty(HomeRegionId) ? null : HomeRegionId;
        await ReplaceCoordinatedRegionsAsync(id, formerHome, cancellationToken);

        // The security stamp stays: the person's sessions are not ended but rebuilt from the database at their
        // next validation (Accounts:SessionValidationInterval), so a granted role works without signing in
        // again and a removed one stops working. "Sign out everywhere" below ends them when that is wanted.
        await users.UpdateAsync(Person);
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        var person = await FindPersonAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        await throttle.ClearAccountAsync(person.Email ?? string.Empty, cancellationToken);
        await users.SetLockoutEndDateAsync(person, null);
        return RedirectToPage(new { id, saved = true });
    }

    /// <summary>Ends every session of the person on every node at its next validation (a new security stamp).</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(string id)
    {
        var person = await FindPersonAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        await users.UpdateSecurityStampAsync(person);
        if (person.Id == users.GetUserId(User))
        {
            // Administrators signing themselves out elsewhere keep this session.
            await signIn.RefreshSignInAsync(person);
        }

        return RedirectToPage(new { id, signedOut = true });
    }

    /// <summary>Deactivating ends the person's sessions (their security stamp changes and the stamp check refuses them).</summary>
    public async Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Person!.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, accountStrings["UserEdit.CannotDeactivateSelf"]);
            return this.Invalid();
        }

        if (await guard.IsLastActiveAdministratorAsync(Person, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, accountStrings["UserEdit.LastAdministrator"]);
            return this.Invalid();
        }

        if (Person.DeactivatedAt is null)
        {
            Person.DeactivatedAt = DateTimeOffset.UtcNow;
            audit.Record(UserAudit.Record(AuditKinds.UserDeactivated, Person));
        }

        // One SaveChanges (the store's) writes the deactivation, the new stamp and the event together.
        await users.UpdateSecurityStampAsync(Person);
        return RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id)
    {
        var person = await FindPersonAsync(id);
        if (person is null)
        {
            return NotFound();
        }

        if (person.DeactivatedAt is not null)
        {
            person.DeactivatedAt = null;
            audit.Record(UserAudit.Record(AuditKinds.UserReactivated, person));
        }

        await users.UpdateAsync(person);
        return RedirectToPage(new { id, saved = true });
    }

    private void Validate()
    {
        SelectedRoles = [.. SelectedRoles.Distinct()];
        SelectedRegions = [.. SelectedRegions.Distinct()];
        if (SelectedRoles.Any(r => !Roles.All.Contains(r)))
        {
            ModelState.AddModelError(nameof(SelectedRoles), strings["Validation.OneOf"]);
        }

        if (SelectedRegions.Any(r => Regions.All(known => known.Id != r)) || (!string.IsNullOrEmpty(HomeRegionId) && Regions.All(r => r.Id != HomeRegionId)))
        {
            ModelState.AddModelError(nameof(SelectedRegions), strings["Validation.UnknownRegion"]);
        }

        var isSelf = Person!.Id == users.GetUserId(User);
        if (isSelf && !SelectedRoles.Contains(Roles.Administrator))
        {
            ModelState.AddModelError(nameof(SelectedRoles), accountStrings["Users.CannotRemoveOwnAdmin"]);
        }
    }

    private string RoleChange(IEnumerable<string> current) =>
        $"{UserAudit.Listed("roles", SelectedRoles)} ({UserAudit.Listed("were", current)})";

    /// <summary>Saves the coordinated regions, with an event naming every region the change affects (home region included).</summary>
    private async Task ReplaceCoordinatedRegionsAsync(string userId, string? formerHome, CancellationToken cancellationToken)
    {
        var existing = await db.RegionCoordinators.Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var (added, removed) = (SelectedRegions.Except(existing.Select(a => a.RegionId)).ToList(), existing.Select(a => a.RegionId).Except(SelectedRegions).ToList());
        var person = Person!;
        if (added.Count > 0 || removed.Count > 0 || formerHome != person.HomeRegionId)
        {
            var details = new List<string> { UserAudit.Listed("coordinates", SelectedRegions) };
            details.AddRange(added.Count > 0 ? [UserAudit.Listed("added", added)] : []);
            details.AddRange(removed.Count > 0 ? [UserAudit.Listed("removed", removed)] : []);
            details.AddRange(formerHome != person.HomeRegionId ? [$"home region: {formerHome ?? "-"} -> {person.HomeRegionId ?? "-"}"] : []);
            audit.Record(UserAudit.Record(AuditKinds.UserRegionsChanged, person, string.Join("; ", details)));
        }

        db.RegionCoordinators.RemoveRange(existing.Where(a => !SelectedRegions.Contains(a.RegionId)));
        db.RegionCoordinators.AddRange(SelectedRegions
            .Where(r => existing.All(a => a.RegionId != r))
            .Select(r => new RegionCoordinator { UserId = userId, RegionId = r }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The person, never an anonymous stand-in of a deleted account (those are nobody's).</summary>
    private async Task<TrainingUser?> FindPersonAsync(string id) =>
        await users.FindByIdAsync(id) is { ErasedAt: null } person ? person : null;

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Person = await FindPersonAsync(id);
        if (Person is null)
        {
            return false;
        }

        SelectedRoles = [.. await users.GetRolesAsync(Person)];
        SelectedRegions = await db.RegionCoordinators.AsNoTracking().Where(a => a.UserId == id).Select(a => a.RegionId).ToListAsync(cancellationToken);
        HomeRegionId = Person.HomeRegionId;
        await LoadChoicesAsync(cancellationToken);
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Regions = await regionDirectory.ListAsync(cancellationToken);
        RegionOptions = await RegionChoices.RegionsAsync(regionDirectory, strings["Region.None"], cancellationToken);
    }
}
