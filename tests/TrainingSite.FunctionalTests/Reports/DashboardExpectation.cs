using System.Globalization;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// What the dashboard must show for some home regions and a period (null days: all time), counted directly from the
/// generated learners with the rules the page states: the period selects registrations, certificates issued or
/// revoked in it; active means activity in the last 30 days; the median is over whole days to a valid certificate.
/// </summary>
public sealed class DashboardExpectation(DashboardDataSet data, IReadOnlyCollection<string?> regions, int? days)
{
    private IEnumerable<DashboardLearner> Selected => data.Learners.Where(l => regions.Contains(l.Region));

    private IEnumerable<DashboardLearner> Cohort => Selected.Where(l => InPeriod(l.RegisteredDaysAgo));

    public IReadOnlyDictionary<string, string> Figures => new Dictionary<string, string>
    {
        ["registered"] = Count(Selected),
        ["registered-in-period"] = Count(Cohort),
        ["active"] = Count(Selected.Where(l => l.ActivityDaysAgo < 30)),
        ["started"] = Count(Cohort.Where(l => l.Started)),
        ["completed"] = Count(Cohort.Where(l => l.PackageDone)),
        ["completion-rate"] = Rate(Cohort.Count(l => l.PackageDone), Cohort.Count()),
        ["certified"] = Count(Cohort.Where(l => l.Certified)),
        ["issued"] = Count(Selected.Where(l => l.IssuedDaysAgo is { } issued && InPeriod(issued))),
        ["revoked"] = Count(Selected.Where(l => l.RevokedDaysAgo is { } revoked && InPeriod(revoked))),
        ["median-days"] = MedianDays(),
        ["median-of"] = Count(MedianLearners),
    };

    public IReadOnlyDictionary<string, string> Funnel => new Dictionary<string, string>
    {
        ["registered"] = Count(Cohort),
        ["started"] = Count(Cohort.Where(l => l.Started)),
        ["national-done"] = Count(Cohort.Where(l => l.NationalDone)),
        ["regional-done"] = Count(Cohort.Where(l => l.PackageDone)),
        ["certified"] = Count(Cohort.Where(l => l.Certified)),
    };

    /// <summary>Per course: (started, completed). The national course is started by everyone past NotStarted.</summary>
    public (int Started, int Completed) National => (Cohort.Count(l => l.Started), Cohort.Count(l => l.NationalDone));

    /// <summary>A regional course is opened at NationalDone and read at PackageDone by that region's learners.</summary>
    public (int Started, int Completed) Regional(string region) =>
        (Cohort.Count(l => l.Region == region && l.NationalDone), Cohort.Count(l => l.Region == region && l.PackageDone));

    /// <summary>Certificates issued per ISO week (Monday, Finnish time), only the non-empty weeks.</summary>
    public IReadOnlyDictionary<string, int> Weeks => Selected
        .Where(l => l.IssuedDaysAgo is { } issued && InPeriod(issued))
        .GroupBy(l => MondayInFinland(data.DaysAgo(l.IssuedDaysAgo!.Value)))
        .ToDictionary(g => g.Key, g => g.Count());

    private IEnumerable<DashboardLearner> MedianLearners => Selected.Where(l => l.Certified && InPeriod(l.IssuedDaysAgo!.Value));

    private bool InPeriod(int daysAgo) => days is null || daysAgo < days;

    private string MedianDays()
    {
        var sorted = MedianLearners.Select(l => l.RegisteredDaysAgo - l.IssuedDaysAgo!.Value).Order().ToArray();
        if (sorted.Length == 0)
        {
            return string.Empty;
        }

        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
        return median.ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static string Count(IEnumerable<DashboardLearner> learners) => learners.Count().ToString(CultureInfo.InvariantCulture);

    private static string Rate(int part, int whole) => whole == 0 ? string.Empty : ((double)part / whole).ToString("0.####", CultureInfo.InvariantCulture);

    private static string MondayInFinland(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime.Date;
        var monday = ISOWeek.ToDateTime(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), DayOfWeek.Monday);
        return monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
