using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Accounts.PersonalData;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Areas.Accounts.Pages;

/// <summary>/account/data: what the site holds about the signed-in user, in short, and all of it as one JSON file.</summary>
[Authorize]
public sealed class DataModel(UserManager<TrainingUser> users, PersonalDataExport export) : PageModel
{
    public IReadOnlyList<(string Name, PersonalDataSection Section)> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Sections = await export.CollectAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var now = DateTimeOffset.UtcNow;
        var json = PersonalDataExport.ToJson(await export.CollectAsync(user, cancellationToken), now);
        return File(json, "application/json", $"trainingsite-data-{now:yyyy-MM-dd}.json");
    }
}
