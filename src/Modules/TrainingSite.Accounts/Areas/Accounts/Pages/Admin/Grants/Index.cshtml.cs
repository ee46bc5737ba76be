using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Authorization;
using TrainingSite.Core.Ui;

namespace TrainingSite.Accounts.Areas.Accounts.Pages.Admin.Grants;

/// <summary>
/// /admin/roles: which role holds which permission, a table of roles × permissions grouped by module, saved at once.
/// A change reaches signed-in users at their next session validation, without signing out.
/// </summary>
[Authorize(Policy = AccountsPermissions.ManageRolesPolicy)]
public sealed class IndexModel(RoleGrants grants, PermissionCatalog catalog, IStringLocalizer<AccountsStrings> strings) : PageModel
{
    public static IReadOnlyList<string> RoleNames => Roles.All;

    [BindProperty]
    public List<string> Grants { get; set; } = [];

    [BindProperty]
    public string? Stamp { get; set; }

    public IReadOnlyList<PermissionCatalog.Group> Groups { get; private set; } = [];

    public IReadOnlySet<string> Granted { get; private set; } = new HashSet<string>();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var current = await grants.CurrentAsync(cancellationToken);
        var wanted = Grants.ToHashSet(StringComparer.Ordinal);
        var problem = GrantForm.Check(wanted, Stamp, current, RoleNames, catalog.Names);
        if (problem != GrantForm.Problem.None)
        {
            ModelState.AddModelError(nameof(Grants), strings[problem switch
            {
                GrantForm.Problem.Changed => "Roles.Changed",
                GrantForm.Problem.LocksOut => "Roles.CannotRemoveManageRoles",
                _ => "Roles.Unknown",
            }]);
            await LoadAsync(cancellationToken);
            return this.Invalid(problem == GrantForm.Problem.Changed ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        // The audit trail gets one event per role changed, in the same transaction (see RoleGrants.ReplaceAsync).
        await grants.ReplaceAsync(wanted, cancellationToken);
        return RedirectToPage(new { saved = true });
    }

    public static string Key(string role, string permission) => RoleGrants.Key(role, permission);

    public static bool IsLocked(string key) => key == RoleGrants.Locked;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Granted = await grants.CurrentAsync(cancellationToken);
        Stamp = RoleGrants.Stamp(Granted);
        Groups = catalog.Groups();
    }
}
