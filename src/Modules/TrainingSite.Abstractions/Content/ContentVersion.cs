using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Content;

/// <summary>
/// One version of an item's text. An item has at most one draft (never published) and at most one live
/// version; every version that was ever published stays, with its author and time, for comparing and restoring.
/// </summary>
public abstract class ContentVersion
{
    public int Id { get; set; }

    /// <summary>1, 2, 3 ... per item, in the order the versions were started.</summary>
    public int Number { get; set; }

    /// <summary>The version learners see now.</summary>
    public bool IsPublished { get; set; }

    /// <summary>When it was published; null for the draft.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Put in <see cref="AuthorId"/> and <see cref="PublishedById"/> when the person's account is deleted.</summary>
    public const string DeletedUser = "deleted-user";

    public string AuthorName { get; set; } = string.Empty;

    /// <summary>The author's user id; null for recipes and for versions written before ids were kept (matched by name).</summary>
    public string? AuthorId { get; set; }

    public string? PublishedBy { get; set; }

    public string? PublishedById { get; set; }

    /// <summary>When each language's text last changed, to show translations older than the Finnish text.</summary>
    public LocalizedTimes TextUpdatedAt { get; set; } = new();

    public bool IsDraft => PublishedAt is null;

    public LocalizedText Title { get; set; } = LocalizedText.Empty;

    /// <summary>The text besides the title: a course's summary, a lesson's body.</summary>
    public abstract LocalizedText MainText { get; }

    public void SetAuthor(ContentAuthor author)
    {
        AuthorName = author.Name;
        AuthorId = author.Id;
    }
}
