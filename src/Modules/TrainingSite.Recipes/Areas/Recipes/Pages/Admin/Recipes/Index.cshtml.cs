using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Ui;
using TrainingSite.Recipes.Services;

namespace TrainingSite.Recipes.Areas.Recipes.Pages.Admin.Recipes;

/// <summary>Administrators validate or import an uploaded recipe, and download the site's content as one.</summary>
[Authorize(Policy = RecipesPermissions.ManageRecipesPolicy)]
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class IndexModel(RecipeEngine engine, IStringLocalizer<RecipesStrings> strings) : PageModel
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    public RecipeResult? Result { get; private set; }

    public bool Imported { get; private set; }


    public Task<IActionResult> OnPostValidateAsync(IFormFile? recipe, CancellationToken cancellationToken) =>
        RunAsync(recipe, json => engine.ValidateAsync(json, cancellationToken));

    public Task<IActionResult> OnPostImportAsync(IFormFile? recipe, CancellationToken cancellationToken) =>
        RunAsync(recipe, json => engine.ImportAsync(json, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "admin", cancellationToken), import: true);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var json = await engine.ExportAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"trainingsite-{DateTime.UtcNow:yyyyMMdd}.recipe.json");
    }

    private async Task<IActionResult> RunAsync(IFormFile? recipe, Func<string, Task<RecipeResult>> action, bool import = false)
    {
        if (recipe is null || recipe.Length == 0)
        {
            ModelState.AddModelError("recipe", strings["Recipes.NoFile"]);
            return this.Invalid();
        }

        if (recipe.Length > MaxUploadBytes)
        {
            ModelState.AddModelError("recipe", strings["Recipes.TooLarge", MaxUploadBytes / 1024 / 1024]);
            return this.Invalid(StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(recipe.OpenReadStream(), Encoding.UTF8);
        Result = await action(await reader.ReadToEndAsync());
        Imported = import && Result.Succeeded;
        return Result.Succeeded ? Page() : this.Invalid(StatusCodes.Status422UnprocessableEntity);
    }
}
