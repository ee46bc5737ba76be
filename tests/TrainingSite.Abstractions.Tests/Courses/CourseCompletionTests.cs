using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Tests.Courses;

public sealed class CourseCompletionTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Day(int n) => Day1.AddDays(n - 1);

    [Fact]
    public void Judge_ShouldKeepTheCourseComplete_AndMarkTheLessonNew_WhenItWasPublishedAfterTheLearnerCompleted()
    {
        var lessons = new[] { ("a", Day(1)), ("b", Day(5)) };
        var read = new Dictionary<string, DateTimeOffset> { ["a"] = Day(2) };

        var state = CourseCompletion.Judge(lessons, read, hasQuiz: true, quizPassedAt: Day(3));

        Assert.True(state.Complete);
        Assert.Equal(Day(3), state.CompletedAt);
        Assert.Equal(["b"], state.NewLessonIds);
    }

    [Fact]
    public void Judge_ShouldRequireTheLesson_WhenItWasPublishedBeforeTheLearnerCompleted()
    {
        // Lesson b was there when the quiz was passed on day 6: it was never "new" to this learner.
        var lessons = new[] { ("a", Day(1)), ("b", Day(5)) };
        var read = new Dictionary<string, DateTimeOffset> { ["a"] = Day(2) };

        var state = CourseCompletion.Judge(lessons, read, hasQuiz: true, quizPassedAt: Day(6));

        Assert.False(state.Complete);
        Assert.Empty(state.NewLessonIds);
    }

    [Fact]
    public void Judge_ShouldUseTheEarliestCompletion_WhenANewLessonWasReadLater()
    {
        // Complete on day 2; b (day 3) and c (day 4) came later; reading c on day 5 does not make b required.
        var lessons = new[] { ("a", Day(1)), ("b", Day(3)), ("c", Day(4)) };
        var read = new Dictionary<string, DateTimeOffset> { ["a"] = Day(2), ["c"] = Day(5) };

        var state = CourseCompletion.Judge(lessons, read, hasQuiz: false, quizPassedAt: null);

        Assert.True(state.Complete);
        Assert.Equal(Day(2), state.CompletedAt);
        Assert.Equal(["b"], state.NewLessonIds);
    }

    [Fact]
    public void Judge_ShouldNotComplete_WithoutAPassedQuiz_OrWithoutLessons()
    {
        var lessons = new[] { ("a", Day(1)) };
        var read = new Dictionary<string, DateTimeOffset> { ["a"] = Day(2) };

        Assert.False(CourseCompletion.Judge(lessons, read, hasQuiz: true, quizPassedAt: null).Complete);
        Assert.False(CourseCompletion.Judge([], read, hasQuiz: false, quizPassedAt: null).Complete);
        Assert.True(CourseCompletion.Judge(lessons, read, hasQuiz: false, quizPassedAt: null).Complete);
    }

    [Fact]
    public void CourseProgressInfo_ShouldCountNewLessonsAsNotRequired()
    {
        var info = new CourseProgressInfo("c", LocalizedText.Empty, Lessons: 2, LessonsRead: 1, Quiz: null, HasQuiz: false);

        Assert.False(info.Complete);
        Assert.True((info with { NewLessonIds = ["b"] }).Complete);
    }
}
