using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Content;

/// <summary>
/// Draft and publish for any versioned item, on its loaded list of versions. Edits go to the one draft;
/// publishing turns the draft into the live version and keeps the previous live one as history.
/// </summary>
public static class VersionWorkflow
{
    public static TVersion? Draft<TVersion>(IEnumerable<TVersion> versions)
        where TVersion : ContentVersion => versions.FirstOrDefault(v => v.IsDraft);

    public static TVersion? Published<TVersion>(IEnumerable<TVersion> versions)
        where TVersion : ContentVersion => versions.FirstOrDefault(v => v.IsPublished);

    /// <summary>The version an author edits: the draft, else the live version (a draft is started from it on save).</summary>
    public static TVersion? Latest<TVersion>(IEnumerable<TVersion> versions)
        where TVersion : ContentVersion => Draft(versions) ?? Published(versions);

    /// <summary>The draft; when there is none, a new one copied by <paramref name="copyOf"/> from the live version (or from nothing).</summary>
    public static TVersion EnsureDraft<TVersion>(ICollection<TVersion> versions, Func<TVersion?, TVersion> copyOf, ContentAuthor author, DateTimeOffset now)
        where TVersion : ContentVersion
    {
        if (Draft(versions) is { } draft)
        {
            return draft;
        }

        var source = Published(versions);
        draft = copyOf(source);
        draft.Number = versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1;
        draft.CreatedAt = now;
        draft.UpdatedAt = now;
        draft.SetAuthor(author);
        draft.TextUpdatedAt = source is null ? [] : new LocalizedTimes(source.TextUpdatedAt);
        versions.Add(draft);
        return draft;
    }

    /// <summary>Publishes the draft; false when there is nothing to publish.</summary>
    public static bool Publish<TVersion>(IEnumerable<TVersion> versions, ContentAuthor publisher, DateTimeOffset now)
        where TVersion : ContentVersion
    {
        var draft = Draft(versions);
        if (draft is null)
        {
            return false;
        }

        foreach (var live in versions.Where(v => v.IsPublished))
        {
            live.IsPublished = false;
        }

        draft.IsPublished = true;
        draft.PublishedAt = now;
        draft.PublishedBy = publisher.Name;
        draft.PublishedById = publisher.Id;
        return true;
    }

    /// <summary>Records which languages changed between the old and new text, so stale translations show.</summary>
    public static void TrackTextChanges(LocalizedTimes times, DateTimeOffset now, params (LocalizedText Old, LocalizedText New)[] fields)
    {
        foreach (var culture in SiteCultures.All)
        {
            var changed = fields.Any(f => (f.Old.GetValueOrDefault(culture) ?? string.Empty) != (f.New.GetValueOrDefault(culture) ?? string.Empty));
            var present = fields.Any(f => f.New.ContainsKey(culture));
            if (!present)
            {
                times.Remove(culture);
            }
            else if (changed || !times.ContainsKey(culture))
            {
                times[culture] = now;
            }
        }
    }
}
