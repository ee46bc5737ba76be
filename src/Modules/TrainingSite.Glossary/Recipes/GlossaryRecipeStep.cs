using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Data;
using TrainingSite.Glossary.Models;
using TrainingSite.Glossary.Services;

namespace TrainingSite.Glossary.Recipes;

/// <summary>The <c>glossary</c> step (<c>"terms": [...]</c>): upserts terms by id; the recipe's text replaces the site's.</summary>
public sealed class GlossaryRecipeStep(TrainingDbContext db, IStringLocalizer<SharedStrings> strings, GlossaryCache cache) : IRecipeStep
{
    public string Name => "glossary";

    public int ExportOrder => 80;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) => GlossaryRecipeReader.ReadTerms(step, path, context);

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var items = GlossaryRecipeReader.ReadTerms(step, "$", new RecipeValidationContext(strings));
        var ids = items.Select(i => i.Id).ToList();
        var terms = await db.Set<GlossaryTerm>().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var item in items)
        {
            if (!terms.TryGetValue(item.Id, out var term))
            {
                term = new GlossaryTerm { Id = item.Id };
                db.Add(term);
            }

            term.Term = item.Term;
            term.Explanation = item.Explanation;
            term.Forms = item.Forms;
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var terms = await db.Set<GlossaryTerm>().AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        if (terms.Count == 0)
        {
            return null;
        }

        var items = new JsonArray();
        foreach (var term in terms)
        {
            var item = new JsonObject { ["id"] = term.Id, ["term"] = RecipeJson.Text(term.Term), ["explanation"] = RecipeJson.Text(term.Explanation) };
            if (term.Forms.Count > 0)
            {
                var forms = new JsonObject();
                foreach (var culture in SiteCultures.All.Where(term.Forms.ContainsKey))
                {
                    forms[culture] = RecipeJson.Array(term.Forms[culture]);
                }

                item["forms"] = forms;
            }

            items.Add(item);
        }

        return new JsonObject { ["step"] = Name, ["terms"] = items };
    }
}
