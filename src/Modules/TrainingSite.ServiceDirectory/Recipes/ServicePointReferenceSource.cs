using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>Lets recipes refer to service points already on the site: the <c>servicepoint:</c> links in lessons' and articles' Markdown.</summary>
public sealed class ServicePointReferenceSource(TrainingDbContext db) : IRecipeReferenceSource
{
    public string Kind => ServicePointRecipeReader.ServicePointKind;

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        db.Set<ServicePoint>().AnyAsync(p => p.Id == id, cancellationToken);
}
