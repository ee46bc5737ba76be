namespace TrainingSite.Benchmarks;

/// <summary>
/// After the load, compares the QuizAnswers table (read directly, not through the site) with what the load
/// was told was saved: every (attempt, question) acknowledged must hold its last acknowledged answer.
/// </summary>
public sealed record AnswerCheck(int RowsChecked, int Lost, int RowsInTable, int Unexpected)
{
    public static async Task<AnswerCheck> RunAsync(BenchmarkDatabase database, IReadOnlyList<QuizLearner> learners, IReadOnlyList<BenchQuestion> questions, string?[,] lastSaved)
    {
        var stored = new Dictionary<(int AttemptId, string QuestionId), string>();
        await using (var connection = database.Open())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"AttemptId\", \"QuestionId\", \"ChoiceIds\" FROM \"QuizAnswers\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored[(reader.GetInt32(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        int checkedRows = 0, found = 0, lost = 0;
        for (var l = 0; l < learners.Count; l++)
        {
            for (var q = 0; q < questions.Count; q++)
            {
                if (lastSaved[l, q] is not { } expected)
                {
                    continue;
                }

                checkedRows++;
                var present = stored.TryGetValue((learners[l].AttemptId, questions[q].Id), out var actual);
                found += present ? 1 : 0;
                lost += present && actual == expected ? 0 : 1;
            }
        }

        // Rows no acknowledged save accounts for: a failed request that wrote anyway would show here.
        return new AnswerCheck(checkedRows, lost, stored.Count, stored.Count - found);
    }
}
