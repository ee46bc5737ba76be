using TrainingSite.Quizzes.Services;
using Xunit;

namespace TrainingSite.Quizzes.Tests.Services;

public sealed class QuizStatisticsCacheTests
{
    private static readonly (int, int, string, int)[] Attempts = [(1, 7, "anna", 1), (2, 7, "anna", 2), (3, 8, "bo", 1)];

    [Fact]
    public void KeyOf_ShouldBeTheSame_WhenTheSameAttemptsComeInAnotherOrder()
    {
        var key = QuizStatisticsCache.KeyOf("quiz", 8, Attempts);

        var reordered = QuizStatisticsCache.KeyOf("quiz", 8, Attempts.Reverse());

        Assert.Equal(key, reordered);
    }

    [Fact]
    public void KeyOf_ShouldChange_WhenAnAttemptIsAddedRemovedOrReassigned_OrTheLiveVersionChanges()
    {
        var key = QuizStatisticsCache.KeyOf("quiz", 8, Attempts);

        string[] others =
        [
            QuizStatisticsCache.KeyOf("quiz", 8, [.. Attempts, (4, 8, "cecilia", 1)]),
            QuizStatisticsCache.KeyOf("quiz", 8, Attempts[..2]),
            QuizStatisticsCache.KeyOf("quiz", 8, [(1, 7, "anna", 1), (2, 7, "anna", 2), (3, 8, "deleted", 1)]),
            QuizStatisticsCache.KeyOf("quiz", 9, Attempts),
            QuizStatisticsCache.KeyOf("other-quiz", 8, Attempts),
        ];

        Assert.All(others, other => Assert.NotEqual(key, other));
    }
}
