namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// When a quiz question's numbers are strong enough to flag it, the one rule of the authoring statistics page and the
/// course report (both state it on the page). Difficulty (too hard, too easy) needs at least
/// <see cref="MinimumAttempts"/> submitted attempts by at least <see cref="MinimumLearners"/> different learners, so one
/// learner retrying cannot make a question look hard. Discrimination is computed on each learner's FIRST submitted
/// attempt only (a retry after seeing the feedback says little about what the learner knew), and is shown and judged
/// only with at least <see cref="MinimumFirstAttempts"/> such attempts: below that, "not enough attempts to say".
/// </summary>
public static class QuestionFlagRule
{
    public const int MinimumAttempts = 20;

    public const int MinimumLearners = 10;

    /// <summary>Too hard: fewer than this share of the attempts got it right (facility, 0–1).</summary>
    public const double TooHardBelow = 0.2;

    /// <summary>Too easy: more than this share got it right.</summary>
    public const double TooEasyAbove = 0.95;

    public const int MinimumFirstAttempts = 20;

    /// <summary>Poor discrimination: the question's score correlates with the rest of the quiz below this.</summary>
    public const double PoorDiscriminationBelow = 0.2;

    public static bool EnoughForDifficulty(int attempts, int learners) => attempts >= MinimumAttempts && learners >= MinimumLearners;

    public static bool EnoughForDiscrimination(int firstAttempts) => firstAttempts >= MinimumFirstAttempts;
}
