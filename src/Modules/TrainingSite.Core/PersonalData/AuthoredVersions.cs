using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Core.Content;

namespace TrainingSite.Core.PersonalData;

/// <summary>
/// The content versions a person wrote or published, for every versioned content type alike: found by author id,
/// or by name for versions written before ids were kept; on erasure the content stays and the author becomes
/// "deleted user".
/// </summary>
public static class AuthoredVersions
{
    public static async Task<IReadOnlyList<AuthoredVersion>> ExportAsync<TVersion>(
        IQueryable<TVersion> versions, PersonalDataSubject subject, Func<TVersion, string> itemId, CancellationToken cancellationToken)
        where TVersion : ContentVersion
    {
        var (id, name) = (subject.UserId, LegacyName(subject));
        var rows = await versions.AsNoTracking()
            .Where(v => v.AuthorId == id || (v.AuthorId == null && name != null && v.AuthorName == name)
                || v.PublishedById == id || (v.PublishedById == null && name != null && v.PublishedBy == name))
            .ToListAsync(cancellationToken);
        var wrote = AuthoredBy<TVersion>(subject).Compile();
        var published = PublishedBy<TVersion>(subject).Compile();
        return [.. rows.OrderBy(v => v.Id).Select(v => new AuthoredVersion(itemId(v), v.Id, v.Number, wrote(v), published(v), v.CreatedAt, v.UpdatedAt, v.PublishedAt))];
    }

    public static async Task EraseAsync<TVersion>(IQueryable<TVersion> versions, PersonalDataSubject subject, CancellationToken cancellationToken)
        where TVersion : ContentVersion
    {
        await versions.Where(AuthoredBy<TVersion>(subject)).ExecuteUpdateAsync(
            set => set.SetProperty(v => v.AuthorId, ContentVersion.DeletedUser).SetProperty(v => v.AuthorName, string.Empty), cancellationToken);
        await versions.Where(PublishedBy<TVersion>(subject)).ExecuteUpdateAsync(
            set => set.SetProperty(v => v.PublishedById, ContentVersion.DeletedUser).SetProperty(v => v.PublishedBy, string.Empty), cancellationToken);
    }

    private static Expression<Func<TVersion, bool>> AuthoredBy<TVersion>(PersonalDataSubject subject)
        where TVersion : ContentVersion
    {
        var (id, name) = (subject.UserId, LegacyName(subject));
        return v => v.AuthorId == id || (v.AuthorId == null && name != null && v.AuthorName == name);
    }

    private static Expression<Func<TVersion, bool>> PublishedBy<TVersion>(PersonalDataSubject subject)
        where TVersion : ContentVersion
    {
        var (id, name) = (subject.UserId, LegacyName(subject));
        return v => v.PublishedById == id || (v.PublishedById == null && name != null && v.PublishedBy == name);
    }

    /// <summary>The name that matches versions without an author id; none when it could only match a recipe's versions.</summary>
    private static string? LegacyName(PersonalDataSubject subject) =>
        string.IsNullOrWhiteSpace(subject.DisplayName) || subject.DisplayName == RecipeVersioning.Author ? null : subject.DisplayName;
}
