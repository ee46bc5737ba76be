namespace TrainingSite.ServiceDirectory.Api;

/// <summary>A page of the directory as JSON: paging named as in the guidance search API.</summary>
public sealed record DirectoryApiResult(int Total, IReadOnlyList<DirectoryApiHit> Hits, int Page, int PageSize, DateTimeOffset At)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
