namespace TrainingSite.Quizzes;

/// <summary>Marker for the Quizzes module's strings (Resources/QuizzesStrings.{fi,sv,en}.resx).</summary>
public sealed class QuizzesStrings
{
    private QuizzesStrings()
    {
    }
}
