namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// A learner's progress through one part of the package (the national part, or the home region's section):
/// published lessons read and courses complete, out of the published ones.
/// </summary>
public sealed record PartProgress(int LessonsRead, int Lessons, int CoursesComplete, int Courses)
{
    public static readonly PartProgress Empty = new(0, 0, 0, 0);

    /// <summary>Done when every published course of the part is complete (a part without courses asks for nothing).</summary>
    public bool Done => CoursesComplete >= Courses;

    public int Percent => Lessons == 0 ? 0 : (int)Math.Round(100.0 * LessonsRead / Lessons, MidpointRounding.AwayFromZero);
}
