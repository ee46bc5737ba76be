using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Accounts.PersonalData;
using TrainingSite.Core.Ui;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages.Admin.Users;

/// <summary>
/// /admin/users/{id}/delete: an administrator deletes an account, after a confirmation page saying what happens. The
/// same erasure as a user's own deletion; an administrator deletes their own account at /account/delete, with their password.
/// </summary>
[Authorize(Policy = AccountsPermissions.ManageUsersPolicy)]
public sealed class DeleteModel(UserManager<TrainingUser> users, AccountEraser eraser, IStringLocalizer<AccountsStrings> strings) : PageModel
{
    public TrainingUser? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Person = await FindPersonAsync(id);
        return Person is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        Person = await FindPersonAsync(id);
        if (Person is null)
        {
            return NotFound();
        }

        if (Person.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, strings["UserDelete.Self"]);
            return this.Invalid();
        }

        if (!await eraser.EraseAsync(Person, byThemself: false, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, strings["UserEdit.LastAdministrator"]);
            return this.Invalid();
        }

        return LocalRedirect("/admin/users?deleted=true");
    }

    private async Task<TrainingUser?> FindPersonAsync(string id) =>
        await users.FindByIdAsync(id) is { ErasedAt: null } person ? person : null;
}
