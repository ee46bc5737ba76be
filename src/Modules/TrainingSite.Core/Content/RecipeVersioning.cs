using System.Text.Json;
using TrainingSite.Abstractions.Content;

namespace TrainingSite.Core.Content;

/// <summary>How a recipe step writes an item's text into its versions, the same for every versioned content type.</summary>
public static class RecipeVersioning
{
    /// <summary>The author recorded on versions a recipe writes.</summary>
    public const string Author = ContentAuthor.RecipeName;

    /// <summary>Serialises tuples of content (fields) to compare texts by value.</summary>
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    /// <summary>
    /// Puts the recipe's text into the item's versions: nothing when it equals what is there, otherwise a
    /// draft with the new text, published when the recipe says so. Returns whether anything changed.
    /// </summary>
    public static bool ApplyText<TVersion, TContent>(
        List<TVersion> versions, Func<TVersion?, TVersion> copyOf, bool publish, DateTimeOffset now,
        Func<TVersion, TContent> content, Action<TVersion> write, TContent wanted)
        where TVersion : ContentVersion
    {
        var compareTo = publish ? VersionWorkflow.Published(versions) : VersionWorkflow.Latest(versions);
        var unchanged = compareTo is not null && Same(content(compareTo), wanted) && (!publish || VersionWorkflow.Draft(versions) is null);
        if (unchanged)
        {
            return false;
        }

        var draft = VersionWorkflow.EnsureDraft(versions, copyOf, ContentAuthor.Recipe, now);
        var (title, text) = (draft.Title, draft.MainText);
        write(draft);
        VersionWorkflow.TrackTextChanges(draft.TextUpdatedAt, now, (title, draft.Title), (text, draft.MainText));
        draft.UpdatedAt = now;
        if (publish)
        {
            VersionWorkflow.Publish(versions, ContentAuthor.Recipe, now);
        }

        return true;
    }

    private static bool Same<TContent>(TContent left, TContent right) =>
        JsonSerializer.Serialize(left, Options) == JsonSerializer.Serialize(right, Options);
}
