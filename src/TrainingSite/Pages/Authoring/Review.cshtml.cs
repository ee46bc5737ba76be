using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Review;

namespace TrainingSite.Pages.Authoring;

/// <summary>/authoring/review: the lessons and guidance articles in the user's scope whose facts are due for checking.</summary>
[Authorize(Policy = ReviewPermissions.ReviewContentPolicy)]
[RegionalList]
public sealed class ReviewModel(ReviewList list, IRegionDirectory regions) : PageModel
{
    public IReadOnlyList<ReviewableItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public int CountOf(string kind) => Items.Count(i => i.Kind == kind);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await list.DueAsync(User, cancellationToken);
        RegionNames = (await regions.ListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Name.ToString());
    }
}
