using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Recipes;

/// <summary>Lets other steps (quiz questions) refer to guidance articles already on the site.</summary>
public sealed class ArticleReferenceSource(TrainingDbContext db) : IRecipeReferenceSource
{
    public string Kind => GuidanceRecipeReader.ArticleKind;

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        db.Set<GuidanceArticle>().AnyAsync(a => a.Id == id, cancellationToken);
}
