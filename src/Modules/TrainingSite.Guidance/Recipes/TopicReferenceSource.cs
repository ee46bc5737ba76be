using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Recipes;

public sealed class TopicReferenceSource(TrainingDbContext db) : IRecipeReferenceSource
{
    public string Kind => GuidanceRecipeReader.TopicKind;

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        db.Set<Topic>().AnyAsync(t => t.Id == id, cancellationToken);
}
