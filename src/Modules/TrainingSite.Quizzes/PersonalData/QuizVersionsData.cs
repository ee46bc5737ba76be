using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.PersonalData;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.PersonalData;

/// <summary>The quiz versions a person wrote or published; on deletion the questions stay, by "deleted user".</summary>
public sealed class QuizVersionsData(TrainingDbContext db, IStringLocalizer<QuizzesStrings> strings, IStringLocalizer<AuthoringStrings> authoringText) : IPersonalDataSource
{
    public string Section => "quizVersions";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var versions = await AuthoredVersions.ExportAsync(db.Set<QuizVersion>(), subject, v => v.QuizId, cancellationToken);
        return new(strings["PersonalData.VersionsTitle"], [authoringText["PersonalData.Versions", versions.Count]], versions);
    }

    public Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken) =>
        AuthoredVersions.EraseAsync(db.Set<QuizVersion>(), erasure.Subject, cancellationToken);
}
