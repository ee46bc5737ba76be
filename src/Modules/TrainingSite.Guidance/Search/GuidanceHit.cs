namespace TrainingSite.Guidance.Search;

/// <summary>One article found, in the translation shown: the snippet is HTML with matches in &lt;mark&gt;.</summary>
public sealed record GuidanceHit(string Id, string Title, string Snippet, string Language, string Region, string Topic, string Url, double Score);
