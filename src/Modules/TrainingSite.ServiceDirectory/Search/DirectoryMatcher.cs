using TrainingSite.Search.Querying;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// Runs a <see cref="QueryPlan"/> on a <see cref="DirectoryIndex"/>. Unlike the guidance search, which finds texts
/// with half of the words, a point must match every word of the query: a counsellor narrows down ("kela espoo
/// ruotsi"), and a point without one of the words is not the one meant. A word scores its best way of matching
/// (its weight × the field's); a point scores the sum over the words.
/// </summary>
public static class DirectoryMatcher
{
    /// <summary>The matching points (by index) with their scores; null for an empty plan (every point matches).</summary>
    public static Dictionary<int, float>? Match(QueryPlan plan, DirectoryIndex index)
    {
        if (plan.IsEmpty)
        {
            return null;
        }

        Dictionary<int, float>? total = null;
        foreach (var group in plan.Groups)
        {
            var scores = GroupScores(group, index);
            if (total is null)
            {
                total = scores;
            }
            else
            {
                var both = new Dictionary<int, float>(Math.Min(total.Count, scores.Count));
                foreach (var (entry, score) in total)
                {
                    if (scores.TryGetValue(entry, out var more))
                    {
                        both[entry] = score + more;
                    }
                }

                total = both;
            }

            if (total.Count == 0)
            {
                break;
            }
        }

        return total;
    }

    private static Dictionary<int, float> GroupScores(QueryGroup group, DirectoryIndex index)
    {
        var scores = new Dictionary<int, float>();
        foreach (var alternative in group.Alternatives)
        {
            var weight = (float)alternative.Weight;
            if (alternative.AllOf.Count == 1)
            {
                foreach (var term in alternative.AllOf[0])
                {
                    foreach (var posting in index.Postings(term))
                    {
                        Keep(scores, posting.Entry, weight * posting.FieldWeight);
                    }
                }

                continue;
            }

            // A compound typed as one word matches a point that has all its parts: scored by its weakest part's field.
            Dictionary<int, float>? common = null;
            foreach (var part in alternative.AllOf)
            {
                var found = new Dictionary<int, float>();
                foreach (var posting in part.SelectMany(index.Postings))
                {
                    Keep(found, posting.Entry, posting.FieldWeight);
                }

                common = common is null ? found : common.Where(c => found.ContainsKey(c.Key)).ToDictionary(c => c.Key, c => Math.Min(c.Value, found[c.Key]));
            }

            foreach (var (entry, field) in common ?? [])
            {
                Keep(scores, entry, weight * field);
            }
        }

        return scores;
    }

    private static void Keep(Dictionary<int, float> scores, int entry, float score)
    {
        if (!scores.TryGetValue(entry, out var best) || best < score)
        {
            scores[entry] = score;
        }
    }
}
