using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// One article found, in the translation shown (<see cref="Language"/>: the title and the snippet are in it). The
/// snippet is given twice, in the same words: <see cref="Snippet"/> as HTML (the text encoded, the matches in
/// &lt;mark&gt;), and <see cref="SnippetText"/> as plain text with <see cref="SnippetHighlights"/>, the matched
/// ranges in it (UTF-16 offsets, as JavaScript counts), for a client that builds its own markup.
/// </summary>
public sealed record GuidanceHit(
    string Id,
    string Title,
    string Snippet,
    string Language,
    string Region,
    string Topic,
    string Url,
    double Score,
    string SnippetText,
    IReadOnlyList<TextRange> SnippetHighlights);
