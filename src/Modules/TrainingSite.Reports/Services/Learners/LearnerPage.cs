namespace TrainingSite.Reports.Services.Learners;

/// <summary>One page of the learners report: its rows and how many learners the filter selects in all.</summary>
public sealed record LearnerPage(IReadOnlyList<LearnerRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
