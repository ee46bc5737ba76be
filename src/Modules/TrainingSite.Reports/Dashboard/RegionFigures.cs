namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// The dashboard's numbers for one home region (null: learners without one) or for the whole selection.
/// <see cref="Registered"/> counts every learner; <see cref="Active"/> those active in the last 30 days whatever the
/// period; the rest count the learners who registered in the period (the period's cohort).
/// </summary>
public sealed record RegionFigures(string? RegionId, int Registered, int RegisteredInPeriod, int Active, int Started, int Completed, int Certified)
{
    /// <summary>Completed packages per learner registered in the period; null when nobody registered.</summary>
    public double? CompletionRate => RegisteredInPeriod == 0 ? null : (double)Completed / RegisteredInPeriod;

    public static RegionFigures Sum(string? regionId, IEnumerable<RegionFigures> rows)
    {
        var list = rows.ToList();
        return new(
            regionId,
            list.Sum(r => r.Registered),
            list.Sum(r => r.RegisteredInPeriod),
            list.Sum(r => r.Active),
            list.Sum(r => r.Started),
            list.Sum(r => r.Completed),
            list.Sum(r => r.Certified));
    }
}
