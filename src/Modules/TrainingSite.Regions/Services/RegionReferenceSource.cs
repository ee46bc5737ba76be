using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;

namespace TrainingSite.Regions.Services;

public sealed class RegionReferenceSource(TrainingDbContext db) : IRecipeReferenceSource
{
    public const string RegionKind = "region";

    public string Kind => RegionKind;

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        db.Regions.AnyAsync(r => r.Id == id, cancellationToken);
}
