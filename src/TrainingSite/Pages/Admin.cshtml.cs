using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Navigation;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Infrastructure;

namespace TrainingSite.Pages;

/// <summary>
/// The administration landing page: the admin links the user's permissions allow (none means 403) and, beside them,
/// the few numbers that matter, each counted on the server within the user's permissions: learners, completions this
/// month and valid certificates from the reports' facts (for those who may read reports), and drafts waiting to be
/// published (for those who may publish some content).
/// </summary>
[Authorize]
public sealed class AdminModel(NavigationService navigation, ILearnerOverview overview, IEnumerable<IDraftContent> drafts, IRegionalAccess access) : PageModel
{
    public IReadOnlyList<NavigationLink> Links { get; private set; } = [];

    /// <summary>Null when the user may read no reports.</summary>
    public LearnerOverview? Figures { get; private set; }

    /// <summary>Drafts the user may publish; null when they may publish nothing.</summary>
    public int? Drafts { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Links = await navigation.MenuAsync(Menus.Admin, User, "/admin");
        if (Links.Count == 0)
        {
            return Forbid();
        }

        Figures = await overview.ForAsync(User, cancellationToken);
        foreach (var source in drafts)
        {
            // Each kind counts only for a user who may publish some of it, and only the drafts of their scope.
            var scope = await access.ScopeAsync(User, source.Rules, RegionalOperation.Publish, cancellationToken);
            if (!scope.IsEmpty)
            {
                Drafts = (Drafts ?? 0) + (await source.DraftRegionsAsync(cancellationToken)).Count(scope.Includes);
            }
        }

        return Page();
    }
}
