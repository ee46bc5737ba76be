using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Tests.Services;

/// <summary>Where "continue" leads, what follows a course's last lesson, and the minutes left, from a learner's rows.</summary>
public sealed class JourneyStateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly CourseOutline National = Course("national", null, hasQuiz: true, ("n1", 5), ("n2", 10));

    private static readonly CourseOutline Regional = Course("espoo-course", "espoo", hasQuiz: false, ("e1", 3), ("e2", 4));

    [Fact]
    public void Next_ShouldBeTheFirstLessonOfThePackage_WhenNothingIsOpened()
    {
        var state = State([]);

        var next = state.Next();

        Assert.Equal(("national", "n1"), (next?.Course.Id, next?.Lesson?.Id));
        Assert.False(state.HasStarted);
    }

    [Fact]
    public void Next_ShouldStayInTheCourseLastOpened_AtItsFirstUnreadLesson()
    {
        var state = State([Row("national", "n1", read: true, 0), Row("espoo-course", "e1", read: true, 1)]);

        var next = state.Next();

        Assert.Equal("/courses/espoo-course/lessons/e2", next?.Url);
    }

    [Fact]
    public void Next_ShouldBeTheQuiz_WhenEveryLessonIsReadButTheQuizIsNotPassed()
    {
        var rows = new[] { Row("national", "n1", read: true, 0), Row("national", "n2", read: true, 1), Row("espoo-course", "e1", read: true, 2), Row("espoo-course", "e2", read: true, 3) };
        var state = State(rows, new QuizStatus(Passed: false, BestPercent: 40, Attempts: 1));

        var next = state.Next();

        Assert.True(next?.IsQuiz);
        Assert.Equal("/courses/national/quiz", next?.Url);
        Assert.Equal(0, state.MinutesLeft);
        Assert.Equal(new LessonCount(4, 4), state.Overall);
    }

    [Fact]
    public void Next_ShouldBeNull_WhenEveryCourseIsComplete()
    {
        var rows = new[] { Row("national", "n1", read: true, 0), Row("national", "n2", read: true, 1), Row("espoo-course", "e1", read: true, 2), Row("espoo-course", "e2", read: true, 3) };

        var state = State(rows, new QuizStatus(Passed: true, BestPercent: 90, Attempts: 1));

        Assert.Null(state.Next());
    }

    [Fact]
    public void AfterLastLesson_ShouldBeAnUnreadLesson_ThenTheQuiz_ThenTheNextCourse()
    {
        var unreadFirst = State([Row("national", "n2", read: false, 0)]);
        var allRead = State([Row("national", "n1", read: true, 0)]);
        var passed = State([Row("national", "n1", read: true, 0)], new QuizStatus(Passed: true, BestPercent: 80, Attempts: 1));

        Assert.Equal("/courses/national/lessons/n1", unreadFirst.AfterLastLesson(National, "n2", null)?.Url);
        Assert.Equal("/courses/national/quiz", allRead.AfterLastLesson(National, "n2", null)?.Url);
        Assert.Equal("/courses/espoo-course/lessons/e1", passed.AfterLastLesson(National, "n2", new QuizStatus(true, 80, 1))?.Url);
    }

    [Fact]
    public void CountsAndMinutes_ShouldFollowTheReadLessons_PerPart()
    {
        var state = State([Row("national", "n2", read: true, 0), Row("espoo-course", "e1", read: false, 1)]);

        Assert.Equal(new LessonCount(1, 2), state.National);
        Assert.Equal(new LessonCount(0, 2), state.Regional);
        Assert.Equal(5 + 3 + 4, state.MinutesLeft);
        Assert.Equal(50, state.National.Percent);
    }

    [Fact]
    public void NewUnread_ShouldListTheNewestUnreadLessonsSinceTheDay()
    {
        var state = State([Row("national", "n2", read: true, 0)]);

        var fresh = state.NewUnread(Monday.AddDays(2), count: 2);

        Assert.Equal(new[] { "e2", "e1" }, fresh.Select(x => x.Lesson.Id).ToArray());
    }

    private static JourneyState State(IReadOnlyList<LessonProgress> rows, QuizStatus? quiz = null)
    {
        var read = rows.Where(r => r.ReadAt is not null).Select(r => r.LessonId).ToHashSet();
        CourseProgressInfo Info(CourseOutline c) => new(c.Id, c.Title, c.Lessons.Count, c.Lessons.Count(l => read.Contains(l.Id)), c.HasQuiz ? quiz : null, c.HasQuiz);
        return new JourneyState([National, Regional], rows, new PackageProgress([Info(National)], "espoo", [Info(Regional)]));
    }

    /// <summary>A course whose lessons were published on consecutive days from Monday, in the order given.</summary>
    private static CourseOutline Course(string id, string? region, bool hasQuiz, params (string Id, int Minutes)[] lessons)
    {
        var offset = region is null ? 0 : 2;
        return new CourseOutline(id, region, 1, Text(id), Text(id), hasQuiz,
            [.. lessons.Select((l, i) => new LessonOutline(l.Id, i + 1, Text(l.Id), l.Minutes, i + 1, Monday.AddDays(offset + i)))]);
    }

    private static LessonProgress Row(string course, string lesson, bool read, int minutes) =>
        new() { UserId = "u", CourseId = course, LessonId = lesson, OpenedAt = Monday.AddMinutes(minutes), ReadAt = read ? Monday.AddMinutes(minutes) : null };

    private static LocalizedText Text(string fi) => new(new Dictionary<string, string> { ["fi"] = fi });
}
