using TrainingSite.Reports.Services;

namespace TrainingSite.Reports.Dashboard;

/// <summary>Everything <c>/reports</c> shows for one selection of learners and one period.</summary>
public sealed record DashboardReport(
    ReportPeriod Period,
    RegionFigures Totals,
    IReadOnlyList<RegionFigures> Comparison,
    IReadOnlyList<CourseFigures> Courses,
    FunnelFigures Funnel,
    CertificateFigures Certificates,
    IReadOnlyList<WeekCount> Weeks);
