using Lucene.Net.Search;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Engine;

/// <summary>
/// The read side of the guidance index: the vocabulary a query needs (typos, completion, "did you mean"),
/// matching a planned query with filters, ranking articles by their best translation, facet counts, and
/// browsing without words. Pure functions of a searcher, so a node answers from whichever index is live.
/// </summary>
public sealed class GuidanceIndexSearch(TextAnalyzer analysis)
{
    /// <summary>How many completions of the word being typed a query may use.</summary>
    public const int MaxCompletions = 12;

    public TextAnalyzer Analysis { get; } = analysis;

    /// <summary>The words asked about that the texts the caller may read contain, and completions of the word being typed.</summary>
    public static VocabularyAnswers Vocabulary(IndexSearcher searcher, VocabularyNeeds needs, bool publicOnly) =>
        IndexVocabulary.Lookup(searcher.IndexReader, needs, publicOnly, MaxCompletions);

    /// <summary>Articles matching the plan within the filter, best first; <paramref name="take"/> 0 only counts.</summary>
    public ArticleMatches Search(IndexSearcher searcher, QueryPlan plan, SearchFilter filter, string language, int skip, int take)
    {
        if (plan.IsEmpty)
        {
            return ArticleMatches.None;
        }

        var reader = searcher.IndexReader;
        SegmentValues.Prepare(reader);
        // Never more translations than the index holds, however far a caller pages (nor an overflow).
        var bestLimit = (int)Math.Min(((long)Math.Max(0, skip) + Math.Max(0, take)) * Math.Max(1, ValueIds.Languages.Count), reader.MaxDoc);
        var tally = ArticleTally.Rent(ValueIds.Articles.Count, bestLimit);
        try
        {
            var filterQuery = FilterQuery.Build(filter, PhraseQueries.Build(Analysis, plan.Phrases));
            PlanMatcher.Match(reader, CompiledPlan.Compile(reader, plan, filter.Audiences), filterQuery, tally, ValueIds.Languages.Find(language));
            return ArticleResults.From(tally, skip, take);
        }
        finally
        {
            tally.Return();
        }
    }

    /// <summary>No words to search: every article within the filter, alphabetically by its title in the searcher's language (else its first).</summary>
    public static ArticleMatches Browse(IndexSearcher searcher, SearchFilter filter, string language, int skip, int take) =>
        ArticleBrowser.Browse(searcher, filter, language, skip, take);
}
