using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Querying;

/// <summary>
/// Reads what a user typed. Every input is a valid query: the only syntax is the double quote of a phrase
/// (an unclosed quote runs to the end); everything else that is not a letter or digit only separates words.
/// Long input is cut, so 10,000 characters cost no more than a sentence.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 300;
    public const int MaxWords = 12;
    public const int MinPrefixLength = 3;

    public static ParsedQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedQuery.Empty;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var clauses = new List<QueryClause>();
        var words = 0;
        var segments = text.Split('"');
        for (var index = 0; index < segments.Length && words < MaxWords; index++)
        {
            var segmentWords = WordTokenizer.Words(segments[index]).Take(MaxWords - words).ToList();
            words += segmentWords.Count;
            if (index % 2 == 1 && segmentWords.Count > 1)
            {
                clauses.Add(new QueryClause(segmentWords, IsPhrase: true));
            }
            else
            {
                clauses.AddRange(segmentWords.Select(word => new QueryClause([word], IsPhrase: false)));
            }
        }

        var last = clauses.Count > 0 ? clauses[^1] : null;
        var typing = last is { IsPhrase: false } && !char.IsWhiteSpace(text[^1]) && text[^1] != '"'
            && last.Words[0].Length >= MinPrefixLength && words < MaxWords;
        return new ParsedQuery(clauses, typing);
    }
}
