using Microsoft.Extensions.Localization;

namespace TrainingSite.Abstractions.Recipes;

/// <summary>
/// Collects problems, the ids a recipe defines and the ids it refers to, so a recipe is judged whole:
/// a reference may point to an item later in the same recipe or to one already on the site.
/// </summary>
public sealed class RecipeValidationContext(IStringLocalizer strings)
{
    private readonly List<RecipeProblem> _problems = [];
    private readonly Dictionary<(string Kind, string Id), string> _declared = [];
    private readonly List<(string Kind, string Id, string Path)> _references = [];

    public IReadOnlyList<RecipeProblem> Problems => _problems;

    public IReadOnlyList<(string Kind, string Id, string Path)> References => _references;

    public bool IsDeclared(string kind, string id) => _declared.ContainsKey((kind, id));

    /// <summary>Adds a problem; <paramref name="messageKey"/> is a key of the shared strings, formatted with <paramref name="arguments"/>.</summary>
    public void Error(string path, string messageKey, params object[] arguments) =>
        _problems.Add(new RecipeProblem(path, strings[messageKey, arguments]));

    public void Declare(string kind, string id, string path)
    {
        if (!_declared.TryAdd((kind, id), path))
        {
            Error(path, RecipeMessages.DuplicateId, kind, id);
        }
    }

    public void Reference(string kind, string id, string path) => _references.Add((kind, id, path));
}
