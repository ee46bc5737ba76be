namespace TrainingSite.Guidance.Search;

/// <summary>A word's change in the vocabulary: its spelling, and how many translations (all, and public ones) gain or lose it.</summary>
public sealed record WordCount(string Display, int Documents, int PublicDocuments)
{
    public WordCount Add(int sign, bool isPublic) =>
        this with { Documents = Documents + sign, PublicDocuments = PublicDocuments + (isPublic ? sign : 0) };
}
