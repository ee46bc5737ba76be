using TrainingSite.Abstractions.Reporting;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Reporting;

/// <inheritdoc />
public sealed class QuizQuestionFacts(QuizStatisticsLoader loader) : IQuizQuestionFacts
{
    public async Task<IReadOnlyList<ReportedQuestion>?> QuestionsAsync(string courseId, IQueryable<string> learnerIds, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(courseId, cancellationToken, learnerIds) is not { } report)
        {
            return null;
        }

        return [.. report.Questions.Select(q => new ReportedQuestion(
            q.Position, q.Question.Id, q.Question.Prompt, q.InLatestVersion, q.Attempts, q.Learners, q.FirstAttempts, q.Facility, q.Discrimination, q.Concerns))];
    }
}
