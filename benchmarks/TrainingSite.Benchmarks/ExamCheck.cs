namespace TrainingSite.Benchmarks;

/// <summary>
/// After the exam, reads QuizAnswers and QuizAttempts directly (not through the site) and compares them with
/// what the learners were told: every started attempt exists; every acknowledged answer is there, holding the
/// last acknowledged choices (or choices sent after it whose outcome the learner never learnt); every
/// acknowledged submission is graded, with the score its stored answers earn.
/// </summary>
public sealed record ExamCheck(int Attempts, int AnswersChecked, int LostAttempts, int LostAnswers, int Graded, int LostGrades, int WrongScores)
{
    public int Lost => LostAttempts + LostAnswers + LostGrades + WrongScores;

    public static async Task<ExamCheck> RunAsync(BenchmarkDatabase database, IReadOnlyList<ExamLearner> learners)
    {
        var answers = new Dictionary<(int AttemptId, string QuestionId), string>();
        var attempts = new Dictionary<int, (bool Submitted, int? Score)>();
        await using (var connection = database.Open())
        {
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"AttemptId\", \"QuestionId\", \"ChoiceIds\" FROM \"QuizAnswers\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    answers[(reader.GetInt32(0), reader.GetString(1))] = reader.GetString(2);
                }
            }

            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"Id\", \"SubmittedAt\" IS NOT NULL, \"ScorePercent\" FROM \"QuizAttempts\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    attempts[reader.GetInt32(0)] = (reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
                }
            }
        }

        int started = 0, checkedAnswers = 0, lostAttempts = 0, lostAnswers = 0, graded = 0, lostGrades = 0, wrongScores = 0;
        foreach (var learner in learners)
        {
            if (learner.AttemptId is not { } attemptId)
            {
                continue;
            }

            started++;
            lostAttempts += attempts.ContainsKey(attemptId) ? 0 : 1;
            foreach (var (question, choices) in learner.Acknowledged)
            {
                checkedAnswers++;
                var kept = answers.TryGetValue((attemptId, question), out var stored)
                    && (stored == choices || learner.Unconfirmed.GetValueOrDefault(question)?.Contains(stored) == true);
                lostAnswers += kept ? 0 : 1;
            }

            if (!learner.Submitted)
            {
                continue;
            }

            graded++;
            if (attempts.GetValueOrDefault(attemptId) is not (true, { } score))
            {
                lostGrades++;
                continue;
            }

            // The grade the stored answers earn: every question weighs the same, no partial credit (QuizContent).
            var right = QuizContent.Questions.Count(q => answers.TryGetValue((attemptId, q.Id), out var stored) && q.IsRight(stored));
            wrongScores += score == right * 100 / QuizContent.Questions.Count ? 0 : 1;
        }

        return new ExamCheck(started, checkedAnswers, lostAttempts, lostAnswers, graded, lostGrades, wrongScores);
    }
}
