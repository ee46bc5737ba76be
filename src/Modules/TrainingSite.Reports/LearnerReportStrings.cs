namespace TrainingSite.Reports;

/// <summary>Marker for the learners report's strings (Resources/LearnerReportStrings.{fi,sv,en}.resx): the table, its CSV, the learner's detail, reminders.</summary>
public sealed class LearnerReportStrings
{
    private LearnerReportStrings()
    {
    }
}
