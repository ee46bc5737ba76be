namespace TrainingSite.Abstractions.Courses;

/// <summary>
/// The one rule for when a learner has completed a course, shared by the learner's pages (and so certificates) and
/// the reports: every published lesson read and, when the course has a quiz, an attempt passed. New content does not
/// take a completion away: a lesson first published after the learner completed the course is "new" to them and
/// counts only for those who had not completed it. The moment of completion is the earliest at which every lesson
/// published by then had been read and the quiz passed. A certificate, once issued, stays valid whatever changes.
/// </summary>
public static class CourseCompletion
{
    /// <param name="lessons">The published lessons, each with the time it was first published.</param>
    /// <param name="readAt">When the learner read each lesson they have read (other lessons may be in it too).</param>
    /// <param name="hasQuiz">Whether the course has a published quiz.</param>
    /// <param name="quizPassedAt">When the learner first passed the quiz; null when never.</param>
    public static CourseCompletionState Judge(
        IReadOnlyList<(string Id, DateTimeOffset FirstPublishedAt)> lessons,
        IReadOnlyDictionary<string, DateTimeOffset> readAt,
        bool hasQuiz,
        DateTimeOffset? quizPassedAt)
    {
        if (lessons.Count == 0 || (hasQuiz && quizPassedAt is null))
        {
            return CourseCompletionState.NotComplete;
        }

        // The earliest moment t at which every lesson published by t had been read by t (and the quiz passed):
        // t only grows, and only to one of finitely many times, so the loop ends.
        var t = quizPassedAt ?? DateTimeOffset.MinValue;
        while (true)
        {
            var byThen = lessons.Where(l => l.FirstPublishedAt <= t).ToList();
            if (byThen.Count == 0)
            {
                t = lessons.Min(l => l.FirstPublishedAt);
                continue;
            }

            if (byThen.Any(l => !readAt.ContainsKey(l.Id)))
            {
                // A lesson that was already there is unread: no later moment can be complete either.
                return CourseCompletionState.NotComplete;
            }

            var latestRead = byThen.Max(l => readAt[l.Id]);
            if (latestRead <= t)
            {
                break;
            }

            t = latestRead;
        }

        return new CourseCompletionState(true, t, [.. lessons.Where(l => l.FirstPublishedAt > t && !readAt.ContainsKey(l.Id)).Select(l => l.Id)]);
    }
}
