namespace TrainingSite.Reports;

/// <summary>Marker for the course reports' strings (Resources/CourseReportStrings.{fi,sv,en}.resx).</summary>
public sealed class CourseReportStrings
{
    private CourseReportStrings()
    {
    }
}
