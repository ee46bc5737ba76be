namespace TrainingSite.Quizzes;

/// <summary>Marker for the quiz statistics page's strings (Resources/QuizStatisticsStrings.{fi,sv,en}.resx).</summary>
public sealed class QuizStatisticsStrings
{
    private QuizStatisticsStrings()
    {
    }
}
