namespace TrainingSite.Reports.SearchLog;

/// <summary>One normalised query in the search report: how often it was searched, and how many of those found nothing.</summary>
public sealed record QueryCount(string Query, int Searches, int FoundNothing)
{
    /// <summary>The query opened as a guidance search.</summary>
    public string SearchUrl => "/guidance?q=" + Uri.EscapeDataString(Query);
}
