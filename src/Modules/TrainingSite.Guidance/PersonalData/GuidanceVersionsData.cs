using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.PersonalData;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.PersonalData;

/// <summary>The guidance article versions a person wrote or published; on deletion the text stays, by "deleted user".</summary>
public sealed class GuidanceVersionsData(TrainingDbContext db, IStringLocalizer<GuidanceAuthoringStrings> strings, IStringLocalizer<AuthoringStrings> authoringText) : IPersonalDataSource
{
    public string Section => "guidanceVersions";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var versions = await AuthoredVersions.ExportAsync(db.Set<GuidanceArticleVersion>(), subject, v => v.ArticleId, cancellationToken);
        return new(strings["PersonalData.VersionsTitle"], [authoringText["PersonalData.Versions", versions.Count]], versions);
    }

    public Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken) =>
        AuthoredVersions.EraseAsync(db.Set<GuidanceArticleVersion>(), erasure.Subject, cancellationToken);
}
