using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Certificates;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Backups;

/// <summary>
/// Requests that go on while a backup is taken: learners saving quiz answers and reading lessons, and new accounts
/// being created. <see cref="Started"/> completes after the first round, so a backup begun then overlaps writes.
/// </summary>
public sealed class BackupLoad(CertificateSite site, IReadOnlyList<(SiteClient Client, string AttemptUrl)> learners)
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public static async Task<BackupLoad> PrepareAsync(CertificateSite site, int learnerCount)
    {
        var learners = new List<(SiteClient, string)>();
        for (var i = 0; i < learnerCount; i++)
        {
            var client = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
            await CertificateSteps.ReadLessonAsync(client, site.National);
            learners.Add((client, await QuizSeed.StartAttemptAsync(client, site.National)));
        }

        return new BackupLoad(site, learners);
    }

    /// <summary>Runs rounds until <paramref name="stop"/>; returns how many rounds completed.</summary>
    public async Task<int> RunAsync(CancellationToken stop)
    {
        var rounds = 0;
        while (!stop.IsCancellationRequested)
        {
            foreach (var (client, attemptUrl) in learners)
            {
                var answer = rounds % 2 == 0 ? "a" : "b";
                await QuizSeed.SaveAnswersAsync(client, attemptUrl, [new("answer:single", answer)]);
                await client.GetPageAsync($"/courses/{site.Espoo}/lessons/{site.Espoo}-l");
            }

            await site.CreateUserAsync($"during-backup-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "espoo");
            rounds++;
            _started.TrySetResult();
        }

        return rounds;
    }
}
