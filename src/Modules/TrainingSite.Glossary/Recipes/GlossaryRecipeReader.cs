using System.Text.Json;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Glossary.Models;

namespace TrainingSite.Glossary.Recipes;

/// <summary>Reads (and so validates) the items of the <c>glossary</c> step.</summary>
public static class GlossaryRecipeReader
{
    public const string TermKind = "glossary-term";
    public const int MaxTermLength = 200;
    public const int MaxExplanationLength = 1000;
    public const int MaxFormLength = 100;

    public static IReadOnlyList<GlossaryTerm> ReadTerms(JsonElement step, string path, RecipeValidationContext context) =>
        new RecipeReader(step, path, context).ReadObjects("terms", required: true, item =>
        {
            var id = item.Id(TermKind);
            var term = item.ReadText("term", required: true, maxLength: MaxTermLength);
            if (item.ReadRaw("term") is { ValueKind: JsonValueKind.Object })
            {
                // A glossary exists to give the name in every language: all three are required.
                foreach (var culture in SiteCultures.All.Where(c => !term.ContainsKey(c)))
                {
                    context.Error($"{item.Path}.term.{culture}", RecipeMessages.Required);
                }
            }

            return new GlossaryTerm
            {
                Id = id,
                Term = term,
                Explanation = item.ReadText("explanation", required: true, maxLength: MaxExplanationLength),
                Forms = ReadForms(item),
            };
        });

    /// <summary><c>"forms": { "fi": ["hyvinvointialueen", ...], "sv": [...] }</c>: optional, per culture.</summary>
    private static Dictionary<string, List<string>> ReadForms(RecipeReader item)
    {
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        item.ReadObject("forms", required: false, reader =>
        {
            foreach (var culture in reader.Element.EnumerateObject())
            {
                if (!SiteCultures.IsSupported(culture.Name))
                {
                    reader.Context.Error($"{reader.Path}.{culture.Name}", RecipeMessages.UnknownCulture, culture.Name, string.Join(", ", SiteCultures.All));
                    continue;
                }

                var values = reader.ReadStrings(culture.Name, required: false, maxLength: MaxFormLength)
                    .Select(v => v.Trim())
                    .Where(v => v.Length > 0)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (values.Count > 0)
                {
                    forms[culture.Name] = values;
                }
            }

            return reader;
        });
        return forms;
    }
}
