namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// Which part of a translation a field holds. Title and tags are indexed twice, in the title scope and as
/// part of the whole text, as today's term store does, so that a title match adds the title boost on top.
/// </summary>
public enum FieldScope
{
    /// <summary>Title, tags and body.</summary>
    Text,

    /// <summary>Title and tags only.</summary>
    Title,
}
