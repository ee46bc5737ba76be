using System.Security.Claims;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Abstractions.Content;

/// <summary>
/// Who writes or publishes a version: the user's id (so their versions can be found for an export or an erasure)
/// and their name as shown in the history. Recipes write with no id.
/// </summary>
public sealed record ContentAuthor(string? Id, string Name)
{
    /// <summary>The author name recorded on versions a recipe writes.</summary>
    public const string RecipeName = "recipe";

    public static readonly ContentAuthor Recipe = new(null, RecipeName);

    public static ContentAuthor Of(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(TrainingClaims.DisplayName) ?? user.Identity?.Name ?? "?");
}
