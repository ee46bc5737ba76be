using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Recipes;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The id an author may give a new item on its create page (left blank, the item makes one from its title): a
/// recipe-valid id that no item of its kind has yet, each problem reported at <c>field</c>.
/// </summary>
public static class NewItemId
{
    /// <returns>The trimmed id, or null when none was given.</returns>
    public static async Task<string?> CheckAsync(
        string? requested,
        string field,
        Func<string, CancellationToken, Task<bool>> isTaken,
        ModelStateDictionary modelState,
        IStringLocalizer<AuthoringStrings> strings,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(strings);
        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        var id = requested.Trim();
        if (!RecipeReader.IsValidId(id))
        {
            modelState.AddModelError(field, strings["New.IdInvalid"]);
        }
        else if (await isTaken(id, cancellationToken))
        {
            modelState.AddModelError(field, strings["New.IdTaken", id]);
        }

        return id;
    }
}
