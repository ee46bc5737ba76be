namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// The learners the dashboard tests generate: for Espoo, Helsinki and no home region, registrations 5, 45, 200 and 500
/// days ago, each at every stage they can reach, some certified and some with a revoked certificate. What the dashboard should show
/// is counted here straight from this list, independently of the site's queries.
/// </summary>
public sealed class DashboardDataSet
{
    public static readonly string?[] Regions = ["espoo", "helsinki", null];

    public static readonly int[] RegisteredDays = [5, 45, 200, 500];

    public DashboardDataSet(DateTimeOffset now, string tag)
    {
        Now = now;
        var learners = new List<DashboardLearner>();
        foreach (var region in Regions)
        {
            foreach (var registered in RegisteredDays)
            {
                // Activity and certificates at 40 % of the time since registration: 2, 18, 80 and 200 days ago.
                var activity = registered * 2 / 5;
                var prefix = $"{tag}-{region ?? "none"}-{registered}";
                learners.Add(new($"{prefix}-a@example.fi", region, registered, DashboardStage.NotStarted, null, null, null));
                learners.Add(new($"{prefix}-b@example.fi", region, registered, DashboardStage.Opened, activity, null, null));
                learners.Add(new($"{prefix}-c@example.fi", region, registered, DashboardStage.NationalDone, activity, null, null));
                if (region is null)
                {
                    // Without a home region there is no section to finish and no certificate (CertificateIssuer).
                    continue;
                }

                learners.Add(new($"{prefix}-d@example.fi", region, registered, DashboardStage.PackageDone, activity, null, null));
                learners.Add(new($"{prefix}-e@example.fi", region, registered, DashboardStage.PackageDone, activity, activity, null));
                if (registered != 45)
                {
                    learners.Add(new($"{prefix}-f@example.fi", region, registered, DashboardStage.PackageDone, activity, activity, Math.Max(1, activity / 2)));
                }
            }
        }

        Learners = learners;
    }

    public DateTimeOffset Now { get; }

    public IReadOnlyList<DashboardLearner> Learners { get; }

    public DateTimeOffset DaysAgo(int days) => Now.AddDays(-days);
}
