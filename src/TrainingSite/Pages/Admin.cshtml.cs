using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Navigation;
using TrainingSite.Infrastructure;

namespace TrainingSite.Pages;

/// <summary>The administration landing page: the admin links the user's permissions allow; none means 403.</summary>
[Authorize]
public sealed class AdminModel(NavigationService navigation) : PageModel
{
    public IReadOnlyList<NavigationLink> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Links = await navigation.MenuAsync(Menus.Admin, User, "/admin");
        return Links.Count == 0 ? Forbid() : Page();
    }
}
