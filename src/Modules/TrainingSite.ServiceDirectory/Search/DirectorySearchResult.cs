namespace TrainingSite.ServiceDirectory.Search;

/// <summary>A page of points found, with how many there are in all.</summary>
public sealed record DirectorySearchResult(int Total, IReadOnlyList<DirectoryHit> Hits, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
