namespace TrainingSite.Courses.Services;

/// <summary>Lessons read of lessons published, as a progress bar shows them.</summary>
public sealed record LessonCount(int Read, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Read / Total);
}
