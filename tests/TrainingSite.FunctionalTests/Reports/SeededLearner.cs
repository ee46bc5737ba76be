namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// A learner of a generated data set: home region, the lessons opened and read (1-based positions), and the quiz
/// attempts in order, each as the questions answered right (q1..q3 of <see cref="ReportSeed"/>'s quiz).
/// </summary>
public sealed record SeededLearner(string Id, string? Region, int[] Opened, int[] Read, bool[][] Attempts, bool Counted = true)
{
    public static int Score(bool[] rights) => rights.Count(r => r) * 100 / rights.Length;

    public static bool Passes(bool[] rights) => Score(rights) >= ReportSeed.PassPercent;
}
