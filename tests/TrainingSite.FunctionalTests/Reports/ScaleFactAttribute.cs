namespace TrainingSite.FunctionalTests.Reports;

/// <summary>A measurement that runs only when <c>TRAININGSITE_REPORTS_SCALE=1</c> (it generates 10,000 learners).</summary>
public sealed class ScaleFactAttribute : FactAttribute
{
    public ScaleFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("TRAININGSITE_REPORTS_SCALE") != "1")
        {
            Skip = "Set TRAININGSITE_REPORTS_SCALE=1 to measure the learners report at scale.";
        }
    }
}
