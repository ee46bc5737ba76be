namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// Offered by the quizzes module to reports: the per-question statistics of a course's quiz, computed by the same rule
/// as the authoring statistics page (<see cref="QuestionFlagRule"/>), over the attempts of the learners given only.
/// </summary>
public interface IQuizQuestionFacts
{
    /// <summary>
    /// The questions of the course's published quiz in order, over the submitted attempts of <paramref name="learnerIds"/>
    /// (a query on the request's context, composed into the SQL); null when the course has no published quiz.
    /// </summary>
    Task<IReadOnlyList<ReportedQuestion>?> QuestionsAsync(string courseId, IQueryable<string> learnerIds, CancellationToken cancellationToken);
}
