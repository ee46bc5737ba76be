using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Scores a <see cref="CompiledPlan"/> term at a time, segment by segment: every leaf's postings are read once
/// into arrays of the segment's size (per query word the best leaf, then summed over the words, scaled by
/// <see cref="ScoreRules.Coverage"/>), and the translations the filter accepts with enough words go to the
/// <see cref="ArticleTally"/>. A typical query matches half the corpus, and for such dense matches reading
/// postings into arrays is several times faster than Lucene's document-at-a-time scorers, each score being a
/// constant anyway. The arrays are per thread and left zeroed after each use.
/// </summary>
internal static class PlanMatcher
{
    [ThreadStatic]
    private static Scratch? _scratch;

    public static void Match(IndexReader reader, CompiledPlan plan, Filter filter, ArticleTally tally, int preferredLanguage)
    {
        foreach (var context in reader.Leaves)
        {
            var segment = context.AtomicReader;
            if (filter.GetDocIdSet(context, segment.LiveDocs) is not { } accepted)
            {
                continue;
            }

            var scratch = _scratch is { } s && s.Capacity >= segment.MaxDoc ? s : new Scratch(segment.MaxDoc);
            _scratch = null; // taken: an exception part-way leaves it dirty, and it is then dropped
            MatchSegment(segment, plan, Accepted(accepted, segment.MaxDoc, scratch), tally, preferredLanguage, scratch);
            _scratch = scratch;
        }
    }

    private static void MatchSegment(AtomicReader segment, CompiledPlan plan, IBits accepted, ArticleTally tally, int preferredLanguage, Scratch scratch)
    {
        var postings = new Postings(segment);
        var matchedCount = 0;
        foreach (var alternatives in plan.Groups)
        {
            var touched = 0;
            foreach (var alternative in alternatives)
            {
                if (alternative.Parts.Count == 1)
                {
                    foreach (var leaf in alternative.Parts[0])
                    {
                        postings.MaxInto(leaf, alternative.Weight, scratch.Best, scratch.Touched, ref touched);
                    }
                }
                else
                {
                    Compound(postings, alternative, scratch, ref touched);
                }
            }

            for (var index = 0; index < touched; index++)
            {
                var doc = scratch.Touched[index];
                if (accepted.Get(doc))
                {
                    scratch.Total[doc] += scratch.Best[doc];
                    if (scratch.Matched[doc]++ == 0)
                    {
                        scratch.Matches[matchedCount++] = doc;
                    }
                }

                scratch.Best[doc] = 0;
            }
        }

        var values = SegmentValues.Of(segment);
        for (var index = 0; index < matchedCount; index++)
        {
            var doc = scratch.Matches[index];
            var matched = scratch.Matched[doc];
            if (matched >= plan.Required)
            {
                var language = values.Language[doc];
                var score = scratch.Total[doc] * ScoreRules.Coverage(matched, plan.Groups.Count);
                tally.Add(values.Article[doc], language, values.Region[doc], values.Topic[doc], language == preferredLanguage ? score * ScoreRules.PreferredLanguageFactor : score);
            }

            (scratch.Total[doc], scratch.Matched[doc]) = (0, 0);
        }
    }

    /// <summary>A compound's parts each matched by their best leaf, averaged (the weight holds the 1/parts), when all of them match.</summary>
    private static void Compound(Postings postings, Alternative alternative, Scratch scratch, ref int touched)
    {
        var candidates = 0;
        for (var part = 0; part < alternative.Parts.Count; part++)
        {
            var partTouched = 0;
            foreach (var leaf in alternative.Parts[part])
            {
                postings.MaxInto(leaf, 1, scratch.PartBest, scratch.PartTouched, ref partTouched);
            }

            for (var index = 0; index < partTouched; index++)
            {
                var doc = scratch.PartTouched[index];
                if (scratch.PartsMatched[doc] == part)
                {
                    if (part == 0)
                    {
                        scratch.Candidates[candidates++] = doc;
                    }

                    scratch.PartSum[doc] += scratch.PartBest[doc];
                    scratch.PartsMatched[doc]++;
                }

                scratch.PartBest[doc] = 0;
            }
        }

        for (var index = 0; index < candidates; index++)
        {
            var doc = scratch.Candidates[index];
            if (scratch.PartsMatched[doc] == alternative.Parts.Count)
            {
                var score = alternative.Weight * scratch.PartSum[doc];
                if (scratch.Best[doc] == 0)
                {
                    scratch.Touched[touched++] = doc;
                }

                scratch.Best[doc] = Math.Max(scratch.Best[doc], score);
            }

            (scratch.PartSum[doc], scratch.PartsMatched[doc]) = (0, 0);
        }
    }

    private static IBits Accepted(DocIdSet accepted, int maxDoc, Scratch scratch)
    {
        if (accepted.Bits is { } bits)
        {
            return bits;
        }

        var set = scratch.AcceptedBits;
        set.Clear(0, set.Length);
        var iterator = accepted.GetIterator();
        if (iterator is not null)
        {
            for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && doc < maxDoc; doc = iterator.NextDoc())
            {
                set.Set(doc);
            }
        }

        return set;
    }

    /// <summary>Reads a segment's postings, keeping one terms enumerator per field for the query.</summary>
    private sealed class Postings(AtomicReader segment)
    {
        private readonly Dictionary<string, TermsEnum?> _fields = new(StringComparer.Ordinal);
        private DocsEnum? _reuse;

        /// <summary>For every translation with the leaf: the slot's value becomes at least weight × rarity (× the title factor where the title has it).</summary>
        public void MaxInto(Leaf leaf, float weight, float[] best, int[] touched, ref int count)
        {
            var value = weight * leaf.Rarity;
            Read(leaf.InText, value, best, touched, ref count);
            Read(leaf.InTitle, value * ScoreRules.TitleFactor, best, touched, ref count);
        }

        private void Read(Term term, float value, float[] best, int[] touched, ref int count)
        {
            if (!_fields.TryGetValue(term.Field, out var terms))
            {
                terms = segment.GetTerms(term.Field)?.GetEnumerator();
                _fields[term.Field] = terms;
            }

            if (terms is null || !terms.SeekExact(term.Bytes))
            {
                return;
            }

            _reuse = terms.Docs(null, _reuse, DocsFlags.NONE);
            for (var doc = _reuse.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = _reuse.NextDoc())
            {
                var current = best[doc];
                if (current == 0)
                {
                    touched[count++] = doc;
                }

                if (value > current)
                {
                    best[doc] = value;
                }
            }
        }
    }

    /// <summary>A thread's arrays for one segment at a time, all zero between uses.</summary>
    private sealed class Scratch(int capacity)
    {
        public int Capacity { get; } = capacity;

        public float[] Best { get; } = new float[capacity];

        public int[] Touched { get; } = new int[capacity];

        public float[] Total { get; } = new float[capacity];

        public byte[] Matched { get; } = new byte[capacity];

        public int[] Matches { get; } = new int[capacity];

        public float[] PartBest { get; } = new float[capacity];

        public int[] PartTouched { get; } = new int[capacity];

        public float[] PartSum { get; } = new float[capacity];

        public byte[] PartsMatched { get; } = new byte[capacity];

        public int[] Candidates { get; } = new int[capacity];

        public FixedBitSet AcceptedBits { get; } = new(capacity);
    }
}
